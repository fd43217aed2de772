package dev.omnichannel.application.outbound;

import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.outbound.CustomerServiceWindow;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.SentMessage;
import dev.omnichannel.domain.provider.MessageSender;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionFinishedException;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends a message of a session. Every rule is decided before the provider is called (session
 * active, capability, window, quote); the sent message is then stored with the provider's id, and
 * statuses the provider reported meanwhile are applied to it.
 */
public class SendMessageService implements SendMessageUseCase {

  private final SessionRepository sessions;
  private final ChannelRepository channels;
  private final PlatformConfigRepository configs;
  private final ContactRepository contacts;
  private final MessageRepository messages;
  private final ProviderPorts<MessageSender> senders;
  private final OutboundMetrics metrics;
  private final IdGenerator ids;
  private final Clock clock;

  public SendMessageService(
      SessionRepository sessions,
      ChannelRepository channels,
      PlatformConfigRepository configs,
      ContactRepository contacts,
      MessageRepository messages,
      ProviderPorts<MessageSender> senders,
      OutboundMetrics metrics,
      IdGenerator ids,
      Clock clock) {
    this.sessions = sessions;
    this.channels = channels;
    this.configs = configs;
    this.contacts = contacts;
    this.messages = messages;
    this.senders = senders;
    this.metrics = metrics;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Sent send(SendMessageCommand c) {
    Session session =
        sessions
            .find(c.account(), c.sessionId())
            .orElseThrow(() -> new NotFoundException("session", c.sessionId()));
    if (!session.isActive()) {
      throw new SessionFinishedException(session.id());
    }
    Channel channel =
        channels
            .find(c.account(), session.channelId())
            .orElseThrow(() -> new NotFoundException("channel", session.channelId()));
    Contact contact =
        contacts
            .find(c.account(), session.contactId())
            .orElseThrow(() -> new NotFoundException("contact", session.contactId()));
    OutboundMessage message =
        OutboundMessage.compose(
            c.text(),
            c.mediaUri(),
            c.interactive(),
            c.contacts(),
            quoted(c, session),
            c.agentName());
    Provider provider = channel.provider();
    if (message.kind() == MessageKind.CONTACTS
        && !Capabilities.supports(provider, Capability.STRUCTURED_CONTACTS)) {
      message = message.contactsAsText();
    } else {
      Capabilities.require(provider, message.capability());
    }
    CustomerServiceWindow.check(
        provider, messages.lastInboundAt(channel.id(), contact.id()), clock.instant());
    Message stored = sendAndStore(session, channel, contact, message);
    return new Sent(session.id(), stored.messageId());
  }

  /** A quote names a message of the same session, by the provider's id or ours. */
  private String quoted(SendMessageCommand c, Session session) {
    if (c.quotedMessageId() == null || c.quotedMessageId().isBlank()) {
      return null;
    }
    return messages
        .find(c.account(), c.quotedMessageId())
        .or(() -> messages.findByProviderId(session.channelId(), c.quotedMessageId()))
        .filter(m -> m.sessionId().equals(session.id()))
        .map(Message::messageId)
        .orElseThrow(
            () ->
                new InvalidInputException("quotedMessage.id", "is not a message of this session"));
  }

  private Message sendAndStore(
      Session session, Channel channel, Contact contact, OutboundMessage message) {
    PlatformConfig config =
        configs
            .find(channel.clientIdentifier(), channel.platformConfigId())
            .orElseThrow(
                () -> new NotFoundException("platform config", channel.platformConfigId()));
    String signed = message.signedText(channel.signMessages());
    SentMessage sent =
        call(
            channel.provider(),
            message.kind(),
            () ->
                senders
                    .of(channel.provider())
                    .send(config, channel, contact.identifier().value(), message, signed));
    Instant now = clock.instant();
    Message stored =
        new Message(
            ids.newId(),
            channel.clientIdentifier(),
            session.id(),
            channel.id(),
            contact.id(),
            sent.messageId(),
            Direction.OUT,
            message.kind(),
            message.text(),
            message.mediaUri() == null ? null : message.mediaUri().toString(),
            null,
            null,
            message.agentName(),
            message.quotedMessageId(),
            MessageStatus.SENT,
            now,
            now);
    messages.insertIfAbsent(stored);
    messages.applyKeptStatuses(channel.id(), sent.messageId());
    return stored;
  }

  private SentMessage call(
      Provider provider, MessageKind kind, java.util.function.Supplier<SentMessage> send) {
    long start = System.nanoTime();
    try {
      SentMessage sent = send.get();
      metrics.providerCall(provider, "ok", Duration.ofNanos(System.nanoTime() - start));
      metrics.message(provider, kind, "sent");
      return sent;
    } catch (DomainException e) {
      metrics.providerCall(provider, e.code(), Duration.ofNanos(System.nanoTime() - start));
      metrics.message(provider, kind, e.code());
      throw e;
    }
  }
}
