package dev.omnichannel.application.outbound;

import dev.omnichannel.application.media.MediaForwarding;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.outbound.CustomerServiceWindow;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionFinishedException;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Sends a message of a session. Every rule is decided before the provider is called (session
 * active, capability, window, quote); the sent message is then stored with the provider's id, and
 * statuses the provider reported meanwhile are applied to it. In a session it has sent to before,
 * the contact is read on a thread of {@code beside} while the session is read ({@link
 * SessionContacts}).
 */
public class SendMessageService implements SendMessageUseCase {

  private final SessionRepository sessions;
  private final ChannelRepository channels;
  private final ContactRepository contacts;
  private final MessageRepository messages;
  private final MessageDispatch dispatch;
  private final MediaForwarding forwarding;
  private final Clock clock;
  private final Executor beside;
  private final SessionContacts known = new SessionContacts();

  public SendMessageService(
      SessionRepository sessions,
      ChannelRepository channels,
      ContactRepository contacts,
      MessageRepository messages,
      MessageDispatch dispatch,
      MediaForwarding forwarding,
      Clock clock,
      Executor beside) {
    this.forwarding = forwarding;
    this.beside = beside;
    this.sessions = sessions;
    this.channels = channels;
    this.contacts = contacts;
    this.messages = messages;
    this.dispatch = dispatch;
    this.clock = clock;
  }

  @Override
  public Sent send(SendMessageCommand c) {
    Optional<Overlapped<Optional<Contact>>> early =
        known
            .contactOf(c.account(), c.sessionId())
            .map(id -> Overlapped.start(beside, () -> contacts.find(c.account(), id)));
    Session session =
        sessions
            .find(c.account(), c.sessionId())
            .orElseThrow(() -> new NotFoundException("session", c.sessionId()));
    if (!session.isActive()) {
      throw new SessionFinishedException(session.id());
    }
    Channel channel = channelOf(session);
    Contact contact = contactOf(session, early);
    if (c.mediaId() != null && c.mediaUri() != null) {
      throw new InvalidInputException("mediaId", "cannot go with mediaUri");
    }
    OutboundMessage message =
        OutboundMessage.compose(
            c.text(),
            c.mediaId() != null ? forwarding.linkFor(c.account(), c.mediaId()) : c.mediaUri(),
            c.interactive(),
            c.contacts(),
            quoted(c, session),
            c.agentName());
    Provider provider = channel.provider();
    message = message.forProvider(provider);
    CustomerServiceWindow.check(
        provider,
        session.activity().lastInboundAt(),
        () -> messages.lastInboundAt(channel.id(), contact.id()),
        clock.instant());
    return new Sent(
        session.id(), dispatch.dispatch(session, channel, contact, message).messageId());
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

  Channel channelOf(Session session) {
    return channels
        .find(session.clientIdentifier(), session.channelId())
        .orElseThrow(() -> new NotFoundException("channel", session.channelId()));
  }

  /** The session's contact: read already when the session was known, else read now. */
  private Contact contactOf(Session session, Optional<Overlapped<Optional<Contact>>> early) {
    Optional<Contact> contact =
        early
            .map(Overlapped::join)
            .filter(read -> read.map(Contact::id).orElse("").equals(session.contactId()))
            .orElseGet(() -> contacts.find(session.clientIdentifier(), session.contactId()));
    known.remember(session.clientIdentifier(), session.id(), session.contactId());
    return contact.orElseThrow(() -> new NotFoundException("contact", session.contactId()));
  }
}
