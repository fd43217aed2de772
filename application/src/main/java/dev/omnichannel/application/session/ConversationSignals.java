package dev.omnichannel.application.session;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.outbound.OutboundMetrics;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.event.Changed;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.provider.ReadReceipts;
import dev.omnichannel.domain.provider.TypingIndicator;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionFinishedException;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.session.TypingState;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Read receipts and the typing indicator (seed §4.2, §7). The capability table decides before any
 * provider call; provider failures are the domain's, as for sends. A read is stored only if no
 * message arrived since the latest one was looked up (the unread count is compared and set in one
 * write); otherwise it is done again for the newer message.
 */
public class ConversationSignals implements ConversationSignalsUseCase {

  private static final int ATTEMPTS = 3;

  private final SessionRepository sessions;
  private final ChannelRepository channels;
  private final PlatformConfigRepository configs;
  private final ContactRepository contacts;
  private final MessageRepository messages;
  private final ProviderPorts<ReadReceipts> readers;
  private final ProviderPorts<TypingIndicator> typists;
  private final EventWriter writer;
  private final OutboundMetrics metrics;
  private final Clock clock;

  public ConversationSignals(
      SessionRepository sessions,
      ChannelRepository channels,
      PlatformConfigRepository configs,
      ContactRepository contacts,
      MessageRepository messages,
      ProviderPorts<ReadReceipts> readers,
      ProviderPorts<TypingIndicator> typists,
      EventWriter writer,
      OutboundMetrics metrics,
      Clock clock) {
    this.sessions = sessions;
    this.channels = channels;
    this.configs = configs;
    this.contacts = contacts;
    this.messages = messages;
    this.readers = readers;
    this.typists = typists;
    this.writer = writer;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Session markRead(ClientIdentifier account, String sessionId, String messageId) {
    Session session = session(account, sessionId);
    Capabilities.require(session.provider(), Capability.READ_RECEIPTS);
    Channel channel = channelOf(session);
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<Message> upTo = target(account, session, channel, messageId);
      if (upTo.isEmpty()) {
        return session; // nothing the customer sent: nothing to read
      }
      long stillUnread =
          messageId == null ? 0 : messages.inboundAfter(account, sessionId, upTo.get().sentAt());
      String chat = addressOf(session);
      signal(
          channel,
          "read",
          () ->
              readers
                  .of(channel.provider())
                  .markRead(config(channel), channel, chat, upTo.get().messageId()));
      Instant now = clock.instant();
      Changed<Session> read = session.read(stillUnread, now);
      if (sessions.markRead(
          read.state(), session.reading().unreadCount(), writer.outbox(read.events()))) {
        writer.written();
        return read.state();
      }
      session = session(account, sessionId); // a message arrived meanwhile: read up to it too
    }
    throw new IllegalStateException("session " + sessionId + " kept receiving while being read");
  }

  /** The message read up to: the one named (the customer's, in this session) or the latest. */
  private Optional<Message> target(
      ClientIdentifier account, Session session, Channel channel, String messageId) {
    if (messageId == null) {
      return messages.latestInbound(account, session.id());
    }
    return Optional.of(
        messages
            .findByProviderId(channel.id(), messageId)
            .filter(m -> m.sessionId().equals(session.id()) && m.direction() == Direction.IN)
            .orElseThrow(() -> new NotFoundException("message", messageId)));
  }

  @Override
  public void typing(ClientIdentifier account, String sessionId, TypingState state) {
    Session session = session(account, sessionId);
    Capabilities.require(session.provider(), Capability.TYPING_INDICATOR);
    if (!session.isActive()) {
      throw new SessionFinishedException(session.id());
    }
    Channel channel = channelOf(session);
    String to = addressOf(session);
    signal(
        channel,
        "typing",
        () -> typists.of(channel.provider()).typing(config(channel), channel, to, state));
  }

  private void signal(Channel channel, String action, Runnable call) {
    try {
      call.run();
      metrics.signal(channel.provider(), action, "ok");
    } catch (DomainException e) {
      metrics.signal(channel.provider(), action, e.code());
      throw e;
    }
  }

  private Session session(ClientIdentifier account, String sessionId) {
    return sessions
        .find(account, sessionId)
        .orElseThrow(() -> new NotFoundException("session", sessionId));
  }

  private Channel channelOf(Session session) {
    return channels
        .find(session.clientIdentifier(), session.channelId())
        .orElseThrow(() -> new NotFoundException("channel", session.channelId()));
  }

  private PlatformConfig config(Channel channel) {
    return configs
        .find(channel.clientIdentifier(), channel.platformConfigId())
        .orElseThrow(() -> new NotFoundException("platform config", channel.platformConfigId()));
  }

  /** Where the conversation is at the provider: the contact's (or group's) address. */
  private String addressOf(Session session) {
    return contacts
        .find(session.clientIdentifier(), session.contactId())
        .map(dev.omnichannel.domain.contact.Contact::routingAddress)
        .orElseThrow(() -> new NotFoundException("contact", session.contactId()));
  }
}
