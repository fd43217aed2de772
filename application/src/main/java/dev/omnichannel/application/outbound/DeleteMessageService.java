package dev.omnichannel.application.outbound;

import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.StatusUpdate;
import dev.omnichannel.domain.provider.MessageDeleter;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;

/** Deletes a message the account sent, for everyone, where the provider can. */
public class DeleteMessageService implements DeleteMessageUseCase {

  private final ChannelRepository channels;
  private final PlatformConfigRepository configs;
  private final MessageRepository messages;
  private final ProviderPorts<MessageDeleter> deleters;
  private final MessageEvents events;
  private final Clock clock;

  public DeleteMessageService(
      ChannelRepository channels,
      PlatformConfigRepository configs,
      MessageRepository messages,
      ProviderPorts<MessageDeleter> deleters,
      MessageEvents events,
      Clock clock) {
    this.channels = channels;
    this.configs = configs;
    this.messages = messages;
    this.deleters = deleters;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void delete(
      ClientIdentifier account, String messageId, String senderId, String channelSlug) {
    Provider provider =
        Provider.fromSlug(channelSlug)
            .orElseThrow(
                () -> new InvalidInputException("channelSlug", "must be whatsappweb or d360"));
    Capabilities.require(provider, Capability.DELETE_MESSAGES);
    if (senderId == null || senderId.isBlank()) {
      throw new InvalidInputException("senderId", "is required: the channel's number");
    }
    Channel channel =
        channels
            .findByNumber(account, provider, PhoneNumber.parse(senderId, "senderId").digits())
            .orElseThrow(() -> new NotFoundException("channel", senderId));
    messages
        .findByProviderId(channel.id(), messageId)
        .filter(m -> m.clientIdentifier().equals(account) && m.direction() == Direction.OUT)
        .orElseThrow(() -> new NotFoundException("message", messageId));
    PlatformConfig config =
        configs
            .find(account, channel.platformConfigId())
            .orElseThrow(
                () -> new NotFoundException("platform config", channel.platformConfigId()));
    deleters.of(provider).delete(config, channel, messageId);
    Instant now = clock.instant();
    messages.keepStatus(
        new StatusUpdate(channel.id(), messageId, MessageStatus.DELETED, now, null));
    messages
        .applyKeptStatuses(channel.id(), messageId)
        .ifPresent(moved -> events.statusChanged(moved, now));
  }
}
