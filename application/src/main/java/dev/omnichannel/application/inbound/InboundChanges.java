package dev.omnichannel.application.inbound;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.event.ContactSummary;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionRepository;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries that change a message instead of adding one (API.md §10): a reaction sets, or with an
 * empty emoji removes, its author's reaction ({@code message.reaction}); an edit replaces the text
 * and keeps the earlier one ({@code message.edited}). The domain computes the change; its event's
 * id derives from the delivery's own, so a repeat is no second event. A change to a message we do
 * not hold is kept as a message of its own, so nothing is lost.
 */
final class InboundChanges {

  private final MessageRepository messages;
  private final SessionRepository sessions;
  private final EventStore events;
  private final EventWriter writer;

  InboundChanges(
      MessageRepository messages,
      SessionRepository sessions,
      EventStore events,
      EventWriter writer) {
    this.messages = messages;
    this.sessions = sessions;
    this.events = events;
    this.writer = writer;
  }

  static boolean isChange(InboundMessage m) {
    return (m.kind() == MessageKind.REACTION || m.kind() == MessageKind.EDIT)
        && m.quotedMessageId() != null;
  }

  /** Applies the change when its target is stored; empty when it is not. */
  Optional<InboundOutcome> apply(
      Channel channel, Contact contact, InboundMessage change, String author) {
    Optional<Message> target = messages.findByProviderId(channel.id(), change.quotedMessageId());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    String text = change.text() == null ? "" : change.text();
    EventType type;
    Message changed;
    if (change.kind() == MessageKind.EDIT) {
      type = EventType.MESSAGE_EDITED;
      changed = target.get().editedTo(text, change.timestamp());
    } else {
      type = EventType.MESSAGE_REACTION;
      changed = target.get().reactedBy(author, text, change.timestamp());
    }
    // A repeat changes nothing to store, but still writes its event (same id, so never twice):
    // the first delivery may have stopped between the two.
    if (!changed.equals(target.get())) {
      if (type == EventType.MESSAGE_EDITED) {
        messages.saveEdit(changed);
      } else {
        messages.saveReactions(changed);
      }
    }
    String cause = Message.dedupKey(channel.id(), change.messageId());
    if (changed.equals(target.get()) && announcedUntimed(type, cause)) {
      return Optional.of(InboundOutcome.STORED);
    }
    Optional<Session> session = sessions.find(changed.clientIdentifier(), changed.sessionId());
    session.ifPresent(s -> announce(s, type, changed, contact, cause, change));
    return Optional.of(InboundOutcome.STORED);
  }

  private void announce(
      Session session,
      EventType type,
      Message changed,
      Contact contact,
      String cause,
      InboundMessage change) {
    EventId id = EventId.derived(type, cause, changed.createdAt());
    sessions.append(
        session.id(),
        writer.outbox(
            List.of(
                session.messageEvent(
                    id, type, changed, ContactSummary.of(contact), change.timestamp()))),
        null);
    writer.written();
  }

  /** A repeat of a change announced before event ids began with a second, under the older id. */
  private boolean announcedUntimed(EventType type, String cause) {
    return !events.find(List.of(EventId.derivedUntimed(type, cause))).isEmpty();
  }
}
