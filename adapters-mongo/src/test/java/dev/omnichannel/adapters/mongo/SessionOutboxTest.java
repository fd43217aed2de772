package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Completing an interrupted delivery through the real driver on the embedded store: the message's
 * event is written and counted unread only when it is not already waiting in the session's outbox.
 */
class SessionOutboxTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10");

  private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

  private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
  private final MongoClient client = MongoClients.create(server.connectionString());
  private final MongoSessionRepository sessions = new MongoSessionRepository(client, "db");
  private final MongoCollection<Document> raw = client.getDatabase("db").getCollection("sessions");
  private final ObjectId id = new ObjectId();

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void anEventNotWaitingIsWrittenAndItsMessageCountedUnread() {
    stored("active", event("wamid.1"));

    assertThat(
            sessions.appendUnlessWaiting(
                id.toHexString(), forms("wamid.2"), List.of(event("wamid.2"))))
        .isTrue();

    Document session = raw.find(new Document("_id", id)).first();
    assertThat(session.getInteger("unreadCount")).isEqualTo(2);
    assertThat(waiting(session)).containsExactly(id("wamid.1").value(), id("wamid.2").value());
  }

  @Test
  void anEventWaitingAlreadyIsNotWrittenAgainNorCounted() {
    stored("active", event("wamid.1"));

    assertThat(
            sessions.appendUnlessWaiting(
                id.toHexString(), forms("wamid.1"), List.of(event("wamid.1"))))
        .isFalse();

    Document session = raw.find(new Document("_id", id)).first();
    assertThat(session.getInteger("unreadCount")).isEqualTo(1);
    assertThat(waiting(session)).containsExactly(id("wamid.1").value());
  }

  @Test
  void anEventWaitingUnderItsOlderIdIsNotWrittenAgain() {
    OutboxEvent before = event("wamid.1");
    stored("active", withId(before, untimed("wamid.1")));

    assertThat(sessions.appendUnlessWaiting(id.toHexString(), forms("wamid.1"), List.of(before)))
        .isFalse();

    Document session = raw.find(new Document("_id", id)).first();
    assertThat(session.getInteger("unreadCount")).isEqualTo(1);
    assertThat(waiting(session)).containsExactly(untimed("wamid.1").value());
  }

  @Test
  void aFinishedSessionGetsTheEventUncounted() {
    stored("finished", event("wamid.1"));

    assertThat(
            sessions.appendUnlessWaiting(
                id.toHexString(), forms("wamid.2"), List.of(event("wamid.2"))))
        .isTrue();

    Document session = raw.find(new Document("_id", id)).first();
    assertThat(session.getInteger("unreadCount")).isEqualTo(1);
    assertThat(waiting(session)).containsExactly(id("wamid.1").value(), id("wamid.2").value());
  }

  private void stored(String status, OutboxEvent waiting) {
    raw.insertOne(
        OutboxDocuments.initial(
            new Document("_id", id).append("status", status).append("unreadCount", 1),
            List.of(waiting)));
  }

  private static List<String> waiting(Document session) {
    return session.getList("outbox", Document.class).stream().map(d -> d.getString("id")).toList();
  }

  private static EventId id(String messageId) {
    return EventId.derived(EventType.MESSAGE_RECEIVED, "c1:" + messageId, AT);
  }

  private static EventId untimed(String messageId) {
    return EventId.derivedUntimed(EventType.MESSAGE_RECEIVED, "c1:" + messageId);
  }

  private static List<EventId> forms(String messageId) {
    return List.of(id(messageId), untimed(messageId));
  }

  private static OutboxEvent withId(OutboxEvent e, EventId other) {
    return new OutboxEvent(
        other,
        e.type(),
        e.timestamp(),
        e.account(),
        e.sessionId(),
        e.platforms(),
        e.orderKey(),
        e.dataJson());
  }

  private OutboxEvent event(String messageId) {
    return new OutboxEvent(
        id(messageId),
        EventType.MESSAGE_RECEIVED,
        AT,
        ACCOUNT,
        id.toHexString(),
        Set.of(),
        "session:" + id.toHexString(),
        "{}");
  }
}
