package dev.omnichannel.adapters.mongo;

import static dev.omnichannel.adapters.mongo.StoredDeliveries.ACCOUNT;
import static dev.omnichannel.adapters.mongo.StoredDeliveries.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import dev.omnichannel.domain.shared.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A platform's delivery log of one status, through the real driver on the embedded store: its page
 * and its total come from an index, not from reading every delivery the platform ever had (an
 * operator watching the pending ones, or a bench polling them, read 250,000 documents a call at
 * 200,000 messages).
 */
class DeliveryLogTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

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
  void thePendingPageAndItsTotalReadOnlyThePageAmongManyDelivered() {
    deliveries.createIndexes(null);
    List<Delivery> all = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      all.add(delivery("delivered-" + i, DeliveryStatus.DELIVERED, NOW.minusSeconds(600 - i)));
    }
    Delivery olderPending = delivery("pending-1", DeliveryStatus.PENDING, NOW.minusSeconds(30));
    Delivery newestPending = delivery("pending-2", DeliveryStatus.PENDING, NOW.minusSeconds(20));
    all.addAll(List.of(olderPending, newestPending));
    deliveries.createIfAbsent(all);

    long before = IndexedH2Backend.documentsRead();
    Page<Delivery> page =
        deliveries.log(
            ACCOUNT, "platform", DeliveryStatus.PENDING, new PageRequest(1, 1, SortOrder.DESC));
    long read = IndexedH2Backend.documentsRead() - before;

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.data()).extracting(Delivery::key).containsExactly("pending-2");
    assertThat(read).as("documents read for the page and its total").isLessThanOrEqualTo(2);
  }
}
