package dev.omnichannel.application.outbound;

import dev.omnichannel.application.session.SessionOpenings;
import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;

/** Sends to a group the account knows, in the group's active session. */
public class GroupMessageService implements SendGroupMessageUseCase {

  private final ChannelRepository channels;
  private final ContactRepository contacts;
  private final SessionOpenings openings;
  private final MessageDispatch dispatch;
  private final Clock clock;

  public GroupMessageService(
      ChannelRepository channels,
      ContactRepository contacts,
      SessionOpenings openings,
      MessageDispatch dispatch,
      Clock clock) {
    this.channels = channels;
    this.contacts = contacts;
    this.openings = openings;
    this.dispatch = dispatch;
    this.clock = clock;
  }

  @Override
  public String send(
      ClientIdentifier account, String groupId, String channelId, String text, String mediaUri) {
    if (channelId != null) {
      channels
          .find(account, channelId)
          .orElseThrow(() -> new NotFoundException("channel", channelId));
    }
    Contact group =
        contacts
            .findGroup(account, channelId, groupId)
            .orElseThrow(() -> new NotFoundException("group", groupId));
    Channel channel =
        channels
            .find(account, group.channelId())
            .orElseThrow(() -> new NotFoundException("channel", group.channelId()));
    Capabilities.require(channel.provider(), Capability.GROUP_MESSAGES);
    OutboundMessage message =
        OutboundMessage.compose(text, mediaUri, null, null, null, null)
            .forProvider(channel.provider());
    Session session = openings.activeFor(channel, group, null, clock.instant());
    return dispatch.dispatch(session, channel, group, message).messageId();
  }
}
