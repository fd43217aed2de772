package dev.omnichannel.application.event;

import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.event.ContactSummary;
import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionActivity;
import dev.omnichannel.domain.session.SessionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes the events of what happens to a stored message — sent, its statuses — into its session's
 * outbox. Their ids derive from the message and what happened, so a repeat is no second event.
 */
public final class MessageEvents {

  private final SessionRepository sessions;
  private final ContactRepository contacts;
  private final EventWriter writer;

  public MessageEvents(SessionRepository sessions, ContactRepository contacts, EventWriter writer) {
    this.sessions = sessions;
    this.contacts = contacts;
    this.writer = writer;
  }

  /** An agent's message went out: {@code message.sent}, and the session's activity moves. */
  public void sent(Session session, Message message, ContactSummary contact) {
    Event event =
        session.messageEvent(
            EventId.derived(EventType.MESSAGE_SENT, message.dedupKey(), message.createdAt()),
            EventType.MESSAGE_SENT,
            message,
            contact,
            message.createdAt());
    sessions.append(
        session.id(),
        writer.outbox(List.of(event)),
        SessionActivity.NONE.outbound(message.createdAt()));
    writer.written();
  }

  /**
   * A message moved to a new status at {@code at}: {@code message.status}, or {@code
   * message.deleted} when it was deleted for everyone.
   */
  public void statusChanged(Message message, Instant at) {
    Optional<ContactSummary> contact =
        contacts.find(message.clientIdentifier(), message.contactId()).map(ContactSummary::of);
    Optional<Session> session = sessions.find(message.clientIdentifier(), message.sessionId());
    if (contact.isEmpty() || session.isEmpty()) {
      return;
    }
    EventType type =
        message.status() == MessageStatus.DELETED
            ? EventType.MESSAGE_DELETED
            : EventType.MESSAGE_STATUS;
    Event event =
        session
            .get()
            .messageEvent(
                EventId.derived(
                    type, message.dedupKey() + ":" + message.status(), message.createdAt()),
                type,
                message,
                contact.get(),
                at);
    sessions.append(session.get().id(), writer.outbox(List.of(event)), null);
    writer.written();
  }

  /** The file of a message was kept: {@code message.media}, once per message. */
  public void mediaKept(Message message, Instant at) {
    Optional<ContactSummary> contact =
        contacts.find(message.clientIdentifier(), message.contactId()).map(ContactSummary::of);
    Optional<Session> session = sessions.find(message.clientIdentifier(), message.sessionId());
    if (contact.isEmpty() || session.isEmpty()) {
      return;
    }
    Event event =
        session
            .get()
            .messageEvent(
                EventId.derived(EventType.MESSAGE_MEDIA, message.dedupKey(), message.createdAt()),
                EventType.MESSAGE_MEDIA,
                message,
                contact.get(),
                at);
    sessions.append(session.get().id(), writer.outbox(List.of(event)), null);
    writer.written();
  }
}
