package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryRepository.Recorded;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order of one session's deliveries, through the real driver on the embedded store: a finish
 * tells whether a later delivery waits for it, and only such a finish has anyone to wake.
 */
class DeliveryOrderTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10");
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final Instant CLAIM = NOW.plusSeconds(1);
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Delivery.Outcome DELIVERED =
      new Delivery.Outcome(DeliveryStatus.DELIVERED, null);

  private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
  private final MongoClient client = MongoClients.create(server.connectionString());
  private final MongoDeliveryRepository deliveries =
      new MongoDeliveryRepository(new MongoCollections(client, "db"));
  private final Delivery first = delivery(1);
  private final Delivery second = delivery(2);
  private final Delivery third = delivery(3);

  @BeforeEach
  void store() {
    deliveries.createIndexes(null);
    deliveries.createIfAbsent(List.of(first, second, third));
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void aFinishNobodyWaitedForSaysSoAndALostClaimRecordsNothing() {
    Delivery claimed = deliveries.claimDue(CLAIM, LEASE, "lease-1").orElseThrow();

    assertThat(deliveries.record(claimed, "lease-other", attempt(), DELIVERED, 50))
        .isEqualTo(Recorded.LOST);
    assertThat(deliveries.record(claimed, "lease-1", attempt(), DELIVERED, 50))
        .isEqualTo(new Recorded(true, false));
    assertThat(deliveries.find(ACCOUNT, "crm", first.id()).orElseThrow().status())
        .isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(deliveries.find(ACCOUNT, "crm", first.id()).orElseThrow().retryingSince())
        .as("delivered at once: no retrying to remember")
        .isNull();
  }

  @Test
  void aRetryRemembersSinceWhenItIsRetried() {
    Delivery claimed = deliveries.claimDue(CLAIM, LEASE, "lease-1").orElseThrow();

    deliveries.record(
        claimed,
        "lease-1",
        attempt(),
        new Delivery.Outcome(DeliveryStatus.PENDING, NOW.plusSeconds(5), NOW),
        50);

    assertThat(deliveries.find(ACCOUNT, "crm", first.id()).orElseThrow().retryingSince())
        .isEqualTo(NOW);
  }

  @Test
  void aFinishAwaitedSaysSoAndTheOneItWakesIsAwaitedInTurn() {
    Delivery claimed = deliveries.claimDue(CLAIM, LEASE, "lease-1").orElseThrow();
    Delivery parked = deliveries.claimDue(CLAIM, LEASE, "lease-2").orElseThrow();
    assertThat(deliveries.earlierPending(parked)).map(Delivery::id).contains(first.id());
    deliveries.release(parked, "lease-2", CLAIM.plus(LEASE));
    deliveries.markAwaited(claimed);

    assertThat(deliveries.record(claimed, "lease-1", attempt(), DELIVERED, 50))
        .isEqualTo(new Recorded(true, true));
    assertThat(deliveries.wakeNext(claimed, NOW)).isTrue();

    Delivery woken = deliveries.claimDue(CLAIM, LEASE, "lease-3").orElseThrow();
    assertThat(woken.id()).isEqualTo(second.id());
    assertThat(deliveries.record(woken, "lease-3", attempt(), DELIVERED, 50).awaited()).isTrue();
    Delivery last = deliveries.claimDue(CLAIM, LEASE, "lease-4").orElseThrow();
    assertThat(last.id()).isEqualTo(third.id());
    assertThat(deliveries.record(last, "lease-4", attempt(), DELIVERED, 50).awaited()).isFalse();
    assertThat(deliveries.wakeNext(last, NOW)).as("none after the last").isFalse();
  }

  @Test
  void oneCreatedAwaitedSaysSoAtItsFinish() {
    Delivery routedFirst = delivery(11);
    deliveries.createIfAbsent(List.of(routedFirst, delivery(12)), Set.of(routedFirst.id()));
    for (Delivery d : List.of(first, second, third)) { // the ones before it, out of the way
      Delivery c = deliveries.claimDue(CLAIM, LEASE, "lease-" + d.id()).orElseThrow();
      deliveries.record(c, "lease-" + d.id(), attempt(), DELIVERED, 50);
    }

    Delivery claimed = deliveries.claimDue(CLAIM, LEASE, "lease-1").orElseThrow();
    assertThat(claimed.id()).isEqualTo(routedFirst.id());
    assertThat(deliveries.record(claimed, "lease-1", attempt(), DELIVERED, 50))
        .isEqualTo(new Recorded(true, true));
  }

  @Test
  void aFinishedDeliveryIsNotMarkedAwaited() {
    Delivery claimed = deliveries.claimDue(CLAIM, LEASE, "lease-1").orElseThrow();
    deliveries.record(claimed, "lease-1", attempt(), DELIVERED, 50);

    deliveries.markAwaited(claimed);

    assertThat(
            client
                .getDatabase("db")
                .getCollection("deliveries")
                .find(new org.bson.Document("_id", new ObjectId(first.id())))
                .first()
                .containsKey("awaited"))
        .isFalse();
  }

  private static Attempt attempt() {
    return new Attempt(NOW, 200, 3, null);
  }

  private static Delivery delivery(long feedSeq) {
    EventId event = EventId.derived(EventType.MESSAGE_RECEIVED, "c1:wamid." + feedSeq, NOW);
    return new Delivery(
        new ObjectId().toHexString(),
        Delivery.routedKey(event, "crm"),
        event,
        EventType.MESSAGE_RECEIVED,
        "crm",
        ACCOUNT,
        "session:s1",
        feedSeq,
        DeliveryStatus.PENDING,
        List.of(),
        NOW.plusMillis(feedSeq),
        NOW,
        null);
  }
}
