package dev.omnichannel.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassOrderTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final Instant PARKED = NOW.plusSeconds(30);

  @Test
  void ofEachPlatformAndOrderOnlyTheFirstIsDueAndEachButTheLastIsAwaited() {
    Delivery third = delivery("d3", "p1", "s1", 3);
    Delivery first = delivery("d1", "p1", "s1", 1);
    Delivery second = delivery("d2", "p1", "s1", 2);
    Delivery otherPlatform = delivery("d4", "p2", "s1", 2);
    Delivery otherOrder = delivery("d5", "p1", "contact:c1", 4);

    PassOrder order =
        PassOrder.of(List.of(third, first, second, otherPlatform, otherOrder), PARKED);

    assertThat(order.deliveries())
        .extracting(d -> d.id() + "@" + d.nextAttemptAt())
        .containsExactlyInAnyOrder(
            "d1@" + NOW, "d2@" + PARKED, "d3@" + PARKED, "d4@" + NOW, "d5@" + NOW);
    assertThat(order.awaited()).containsExactlyInAnyOrder("d1", "d2");
    assertThat(order.dueNow()).isEqualTo(3);
    assertThat(order.deliveries()).allSatisfy(d -> assertThat(d.createdAt()).isEqualTo(NOW));
  }

  @Test
  void aNewDeliveryOfAnEventIsPendingAndDueNowInTheEventsOrder() {
    EventId id = new EventId(String.format("evt_%032x", 7));
    StoredEvent event =
        new StoredEvent(
            id,
            EventType.MESSAGE_RECEIVED,
            NOW.minusSeconds(1),
            ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10"),
            "s1",
            3L,
            7,
            "s1",
            java.util.Set.of(),
            "{}");

    Delivery d = Delivery.due("d1", Delivery.routedKey(id, "p1"), event, "p1", NOW);

    assertThat(d.key()).isEqualTo(id.value() + ":p1");
    assertThat(d.eventId()).isEqualTo(id);
    assertThat(d.type()).isEqualTo(EventType.MESSAGE_RECEIVED);
    assertThat(d.account()).isEqualTo(event.account());
    assertThat(d.orderKey()).isEqualTo("s1");
    assertThat(d.feedSeq()).isEqualTo(7);
    assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(d.nextAttemptAt()).isEqualTo(NOW);
    assertThat(d.createdAt()).isEqualTo(NOW);
    assertThat(d.attempts()).isEmpty();
    assertThat(d.retryingSince()).isNull();
  }

  private static Delivery delivery(String id, String platform, String orderKey, long feedSeq) {
    EventId event = new EventId(String.format("evt_%032x", feedSeq));
    return new Delivery(
        id,
        Delivery.routedKey(event, platform),
        event,
        EventType.MESSAGE_RECEIVED,
        platform,
        ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10"),
        orderKey,
        feedSeq,
        DeliveryStatus.PENDING,
        List.of(),
        NOW,
        NOW,
        null);
  }
}
