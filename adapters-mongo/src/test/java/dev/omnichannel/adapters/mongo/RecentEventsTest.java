package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A replica reads the events it wrote lately from memory, exactly as the store has them, and every
 * other event from the store: through the real driver on the embedded store, with a second event
 * store on the same database standing for another replica.
 */
class RecentEventsTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10");
  private static final ClientIdentifier OTHER =
      ClientIdentifier.of("0b7c2d9e-5a4f-4e3b-8c1d-2e3f4a5b6c7d");
  private static final Instant AT = Instant.parse("2026-11-27T12:00:00.123456789Z");

  private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
  private final MongoClient client = MongoClients.create(server.connectionString());
  private final MongoEventStore here = new MongoEventStore(new MongoCollections(client, "db"));
  private final MongoEventStore elsewhere = new MongoEventStore(new MongoCollections(client, "db"));

  @BeforeEach
  void indexes() {
    here.createIndexes(null);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void anEventWrittenHereIsReadFromMemoryAsTheStoreHasIt() {
    StoredEvent written = event(id(1), 1);
    here.insertIfAbsent(List.of(written));

    long before = IndexedH2Backend.documentsRead();
    StoredEvent read = here.find(ACCOUNT, written.id()).orElseThrow();
    assertThat(IndexedH2Backend.documentsRead() - before).as("documents read").isZero();

    assertThat(read).isEqualTo(elsewhere.find(ACCOUNT, written.id()).orElseThrow());
    assertThat(read.timestamp()).isEqualTo(Instant.parse("2026-11-27T12:00:00.123Z"));
    assertThat(here.find(OTHER, written.id())).as("another account's read").isEmpty();
  }

  @Test
  void anEventWrittenElsewhereIsReadFromTheStore() {
    StoredEvent written = event(id(2), 2);
    elsewhere.insertIfAbsent(List.of(written));

    long before = IndexedH2Backend.documentsRead();
    assertThat(here.find(ACCOUNT, written.id())).isPresent();
    assertThat(IndexedH2Backend.documentsRead() - before).as("documents read").isEqualTo(1);
  }

  @Test
  void anEventThatWasThereAlreadyIsReadAsStoredNotAsWrittenAgain() {
    elsewhere.insertIfAbsent(List.of(event(id(3), 3)));
    // a router that wrote it again (after a crash before its commit) gave it another place
    here.insertIfAbsent(List.of(event(id(3), 7), event(id(4), 8)));

    assertThat(here.find(ACCOUNT, new EventId(id(3))).orElseThrow().feedSeq()).isEqualTo(3);
    assertThat(here.find(ACCOUNT, new EventId(id(4))).orElseThrow().feedSeq()).isEqualTo(8);
  }

  private static String id(int n) {
    return String.format("evt_%032x", n);
  }

  private static StoredEvent event(String id, long feedSeq) {
    return new StoredEvent(
        new EventId(id),
        EventType.MESSAGE_RECEIVED,
        AT,
        ACCOUNT,
        "session",
        feedSeq,
        feedSeq,
        "session",
        Set.of("platform"),
        "{\"id\":\"" + id + "\"}");
  }
}
