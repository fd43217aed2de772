package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import org.bson.Document;

/**
 * The outbox kept inside a session or contact document: {@code outbox} (the waiting events, in the
 * order they were written), {@code outboxPending} (present while it is not empty, so the router
 * finds them by an index) and, for sessions, {@code lastSequence}.
 */
final class OutboxDocuments {

  static final String OUTBOX = "outbox";
  static final String PENDING = "outboxPending";
  static final String LAST_SEQUENCE = "lastSequence";

  private OutboxDocuments() {}

  /** The update that appends {@code events}: {@code $push} and the pending mark. */
  static Document push(Document update, List<OutboxEvent> events) {
    if (events.isEmpty()) {
      return update;
    }
    update.append(
        "$push",
        new Document(
            OUTBOX,
            new Document("$each", events.stream().map(OutboxDocuments::toDocument).toList())));
    Document set = update.get("$set", Document.class);
    if (set == null) {
      update.append("$set", new Document(PENDING, true));
    } else {
      set.append(PENDING, true);
    }
    return update;
  }

  /** The fields of a new document that starts with {@code events} waiting. */
  static Document initial(Document fields, List<OutboxEvent> events) {
    fields.append(OUTBOX, events.stream().map(OutboxDocuments::toDocument).toList());
    if (!events.isEmpty()) {
      fields.append(PENDING, true);
    }
    return fields;
  }

  static Document toDocument(OutboxEvent e) {
    return new Document("id", e.id().value())
        .append("type", e.type().wireName())
        .append("timestamp", Date.from(e.timestamp()))
        .append("clientIdentifier", e.account().value())
        .append("sessionId", e.sessionId())
        .append("platforms", List.copyOf(e.platforms()))
        .append("orderKey", e.orderKey())
        .append("data", e.dataJson());
  }

  static OutboxEvent toEvent(Document d) {
    return new OutboxEvent(
        new EventId(d.getString("id")),
        EventType.fromWireName(d.getString("type")).orElseThrow(),
        d.getDate("timestamp").toInstant(),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("sessionId"),
        new LinkedHashSet<>(d.getList("platforms", String.class, List.of())),
        d.getString("orderKey"),
        d.getString("data"));
  }
}
