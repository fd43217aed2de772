package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hourly cleanup of old events, through the real driver on the embedded store: it walks the
 * feed from its oldest event, forgets those older than the cut and reads little more than them; the
 * index on the time alone it used before is gone from stores that had it.
 */
class EventCleanupTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10");
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final Instant CUT = NOW.minus(Duration.ofDays(8));

  private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
  private final MongoClient client = MongoClients.create(server.connectionString());
  private final MongoCollections collections = new MongoCollections(client, "db");
  private final MongoEventStore events = new MongoEventStore(collections);
  private long feedSeq;

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void forgetsTheOldEventsAtTheStartOfTheFeedAndReadsOnlyThem() {
    events.createIndexes(null);
    List<StoredEvent> old = new ArrayList<>();
    // more than a page of old events, oldest first, as the feed has them
    for (int i = EventForgetting.FORGET_PAGE + 50; i > 0; i--) {
      old.add(event(CUT.minus(Duration.ofMinutes(i))));
    }
    StoredEvent atTheCut = event(CUT);
    StoredEvent oldBehindANewerOne = event(CUT.minusSeconds(1));
    List<StoredEvent> recent = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      recent.add(event(NOW.minusSeconds(3000 - i)));
    }
    List<StoredEvent> all = new ArrayList<>(old);
    all.add(atTheCut);
    all.add(oldBehindANewerOne);
    all.addAll(recent);
    events.insertIfAbsent(all);

    long before = IndexedH2Backend.documentsRead();
    long forgotten = events.deleteOlderThan(CUT);
    long read = IndexedH2Backend.documentsRead() - before;

    assertThat(forgotten).isEqualTo(old.size());
    // each old one read to find it and to forget it, and at most a page more: not the feed
    assertThat(read)
        .as("documents read")
        .isLessThanOrEqualTo(2L * old.size() + EventForgetting.FORGET_PAGE);
    assertThat(events.find(ids(old))).isEmpty();
    assertThat(events.find(ids(List.of(atTheCut, oldBehindANewerOne, recent.get(2999)))))
        .hasSize(3);
    assertThat(events.deleteOlderThan(CUT)).as("a second run").isZero();
  }

  @Test
  void theIndexOnTheTimeAloneIsDroppedFromAStoreThatHasIt() {
    MongoCollection<Document> stored = collections.get("events");
    stored.createIndex(
        Indexes.ascending("timestamp"), new IndexOptions().expireAfter(691200L, TimeUnit.SECONDS));

    events.createIndexes(null);
    events.createIndexes(null); // every start

    List<String> names = new ArrayList<>();
    stored.listIndexes().forEach(i -> names.add(i.getString("name")));
    assertThat(names)
        .contains("feedSeq_1", "clientIdentifier_1_timestamp_1")
        .doesNotContain("timestamp_1");
  }

  private static List<EventId> ids(List<StoredEvent> stored) {
    return stored.stream().map(StoredEvent::id).toList();
  }

  private StoredEvent event(Instant at) {
    long seq = ++feedSeq;
    return new StoredEvent(
        new EventId(String.format("evt_%016x%016x", at.getEpochSecond(), seq)),
        EventType.MESSAGE_RECEIVED,
        at,
        ACCOUNT,
        "session",
        seq,
        seq,
        "session",
        Set.of("platform"),
        "{}");
  }
}
