package dev.omnichannel.application.inbound;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.session.SessionOpenings;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.event.ContactSummary;
import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.media.KeptMedia;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionActivity;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores one delivered message with its events, in four idempotent writes: the contact (which
 * remembers the messages it brought, so a repeat costs nothing more), the active session (opened
 * with its {@code session.opened} if none), the message (unique per channel and provider id), and
 * the {@code message.received} event in the session's outbox — written only while the session is
 * active, so a message racing a finish lands in the next session, never in a finished one.
 */
final class InboundMessageStore {

  private static final int ATTEMPTS = 3;

  private final ContactRepository contacts;
  private final SessionRepository sessions;
  private final MessageRepository messages;
  private final EventStore events;
  private final EventWriter writer;
  private final InboundFiles files;
  private final SessionOpenings openings;
  private final InboundChanges changes;
  private final InboundSenders senders;
  private final IdGenerator ids;
  private final Clock clock;

  InboundMessageStore(
      ContactRepository contacts,
      SessionRepository sessions,
      MessageRepository messages,
      EventStore events,
      EventWriter writer,
      MediaRepository media,
      IdGenerator ids,
      Clock clock) {
    this.files = new InboundFiles(media, clock);
    this.contacts = contacts;
    this.sessions = sessions;
    this.messages = messages;
    this.events = events;
    this.writer = writer;
    this.openings = new SessionOpenings(sessions, writer, ids);
    this.changes = new InboundChanges(messages, sessions, events, writer);
    this.senders = new InboundSenders(contacts, writer);
    this.ids = ids;
    this.clock = clock;
  }

  InboundOutcome store(Channel channel, InboundMessage delivered) {
    // API.md §10: long values are cut and the message marked, never refused
    boolean truncated = delivered.exceedsLimits();
    InboundMessage m = delivered.withinLimits();
    Instant now = clock.instant();
    String key = Message.dedupKey(channel.id(), m.messageId());
    ContactRepository.Imported imported =
        contacts.importContact(senders.contactOf(channel, m, now), ids.newId(), now, key);
    Contact contact = imported.contact();
    if (imported.maybeSeen()) {
      Optional<Message> stored = messages.findByProviderId(channel.id(), m.messageId());
      if (stored.isPresent()) {
        completeInterrupted(stored.get(), contact, imported.announced(), now);
        return InboundOutcome.DUPLICATE;
      }
    }
    if (contact.isIgnored()) {
      return InboundOutcome.IGNORED;
    }
    if (InboundChanges.isChange(m)) {
      String author =
          m.isGroupMessage()
              ? InboundSenders.author(m.from())
              : contact.data().identifier().value();
      Optional<InboundOutcome> applied = changes.apply(channel, contact, m, author);
      if (applied.isPresent()) {
        return applied.get();
      }
    }
    SessionActivity activity = SessionActivity.NONE.inbound(m.timestamp());
    Message message = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Session session = openings.activeFor(channel, contact, activity, now);
      if (message == null) {
        message = messageOf(channel, contact, session, m, now).with(m.details());
        message = truncated ? message.cut() : message;
        if (m.carriesFile()) {
          message = message.with(message.details().withKept(KeptMedia.pending(message.id())));
        }
        if (!messages.insertIfAbsent(message)) {
          return InboundOutcome.DUPLICATE;
        }
        files.keep(message);
      } else {
        messages.moveToSession(channel.id(), m.messageId(), session.id());
        message = message.inSession(session.id());
      }
      List<Event> happened = new ArrayList<>();
      if (!imported.announced()) {
        happened.add(contact.createdEvent(now).alsoFor(session.platform()));
      }
      happened.add(received(session, message, contact));
      if (sessions.appendIfActive(session.id(), writer.outbox(happened))) {
        writer.written();
        return InboundOutcome.STORED;
      }
      // The session was finished between finding it and writing the event: the next one takes it.
    }
    throw new IllegalStateException(
        "session of contact " + contact.id() + " kept finishing while a message arrived");
  }

  /**
   * A delivery stored its message and stopped before its event (a crash): the provider's retry
   * writes the event, and counts the message unread, if the event is neither in the feed nor
   * waiting in the session's outbox. Its id is derived from the message, so it is never doubled.
   */
  private void completeInterrupted(
      Message stored, Contact contact, boolean announced, Instant now) {
    files.keep(stored);
    // a message stored before event ids began with a second has its event under the older form
    List<EventId> ids =
        List.of(
            receivedId(stored),
            EventId.derivedUntimed(EventType.MESSAGE_RECEIVED, stored.dedupKey()));
    if (!events.find(ids).isEmpty()) {
      return;
    }
    Optional<Session> session = sessions.find(stored.clientIdentifier(), stored.sessionId());
    if (session.isPresent()) {
      // The contact's arrival goes first, as the delivery that stored the message writes it: a
      // repeat racing that delivery must not announce the message before its contact.
      List<Event> happened = new ArrayList<>();
      if (!announced) {
        happened.add(contact.createdEvent(now).alsoFor(session.get().platform()));
      }
      happened.add(received(session.get(), stored, contact));
      // Waiting in the outbox, the event was written (and the message counted unread) by the
      // delivery that stored the message; otherwise that delivery stopped before both.
      if (sessions.appendUnlessWaiting(stored.sessionId(), ids, writer.outbox(happened))) {
        writer.written();
      }
    }
  }

  private static Event received(Session session, Message message, Contact contact) {
    return session.messageEvent(
        receivedId(message),
        EventType.MESSAGE_RECEIVED,
        message,
        ContactSummary.of(contact),
        message.createdAt());
  }

  private static EventId receivedId(Message message) {
    return EventId.derived(EventType.MESSAGE_RECEIVED, message.dedupKey(), message.createdAt());
  }

  private Message messageOf(
      Channel channel, Contact contact, Session session, InboundMessage m, Instant now) {
    return Message.builder()
        .id(ids.newId())
        .clientIdentifier(channel.clientIdentifier())
        .sessionId(session.id())
        .channelId(channel.id())
        .contactId(contact.id())
        .messageId(m.messageId())
        .direction(Direction.IN)
        .kind(m.kind())
        .text(m.text())
        .mediaUri(m.mediaUri())
        .authorId(m.isGroupMessage() ? InboundSenders.author(m.from()) : null)
        .authorName(m.isGroupMessage() ? m.senderName() : null)
        .quotedMessageId(m.quotedMessageId())
        .status(MessageStatus.RECEIVED)
        .sentAt(m.timestamp())
        .createdAt(now)
        .build();
  }
}
