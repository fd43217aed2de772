package dev.omnichannel.adapters.mongo;

import static dev.omnichannel.adapters.mongo.StoredDeliveries.ACCOUNT;
import static dev.omnichannel.adapters.mongo.StoredDeliveries.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hourly cleanup of finished deliveries, through the real driver on the embedded store: it
 * forgets only finished deliveries older than the cut, and reads only the old ones to find them (it
 * read every delivery, 250,000 at 200,000 messages, at each start and every hour).
 */
class DeliveryCleanupTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final Instant CUT = NOW.minus(Duration.ofDays(8));

  private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
  private final MongoClient client = MongoClients.create(server.connectionString());
  private final MongoDeliveryRepository deliveries =
      new MongoDeliveryRepository(new MongoCollections(client, "db"));

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void forgetsOnlyOldFinishedDeliveriesAndReadsOnlyTheOldOnes() {
    deliveries.createIndexes(null);
    List<Delivery> all = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      all.add(delivery("recent-" + i, DeliveryStatus.DELIVERED, NOW.minusSeconds(60 + i)));
    }
    Delivery oldDelivered = delivery("old-delivered", DeliveryStatus.DELIVERED, days(9));
    Delivery oldFailed = delivery("old-failed", DeliveryStatus.FAILED, days(10));
    Delivery oldCancelled = delivery("old-cancelled", DeliveryStatus.CANCELLED, days(30));
    Delivery oldPending = delivery("old-pending", DeliveryStatus.PENDING, days(9));
    Delivery atTheCut = delivery("at-the-cut", DeliveryStatus.DELIVERED, CUT);
    all.addAll(List.of(oldDelivered, oldFailed, oldCancelled, oldPending, atTheCut));
    deliveries.createIfAbsent(all);

    long before = IndexedH2Backend.documentsRead();
    long forgotten = deliveries.deleteFinishedBefore(CUT);
    long read = IndexedH2Backend.documentsRead() - before;

    assertThat(forgotten).isEqualTo(3);
    assertThat(read).as("documents read to find them").isLessThanOrEqualTo(4);
    for (Delivery gone : List.of(oldDelivered, oldFailed, oldCancelled)) {
      assertThat(deliveries.find(ACCOUNT, "platform", gone.id())).isEmpty();
    }
    for (Delivery kept : List.of(oldPending, atTheCut, all.get(0), all.get(599))) {
      assertThat(deliveries.find(ACCOUNT, "platform", kept.id())).isPresent();
    }
  }

  private static Instant days(int ago) {
    return NOW.minus(Duration.ofDays(ago));
  }
}
