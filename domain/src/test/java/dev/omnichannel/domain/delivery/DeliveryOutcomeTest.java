package dev.omnichannel.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryOutcomeTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final RetrySchedule SCHEDULE = RetrySchedule.standard(() -> 0.5);

  private final Delivery delivery =
      Delivery.due(
          "d1",
          "k1",
          new StoredEvent(
              new EventId(String.format("evt_%032x", 1)),
              EventType.MESSAGE_RECEIVED,
              NOW,
              ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10"),
              "s1",
              1L,
              1,
              "s1",
              Set.of(),
              "{}"),
          "p1",
          NOW);

  @Test
  void aDeliveryThatGoesAtOnceStartsNoRetrying() {
    Delivery.Outcome outcome = delivery.after(new Attempt(NOW, 200, 3, null), SCHEDULE);

    assertThat(outcome.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(outcome.retryingSince()).isNull();
  }

  @Test
  void theFirstAttemptThatFailsStartsTheRetryingAndLaterOnesKeepIt() {
    Delivery.Outcome first = delivery.after(new Attempt(NOW, 500, 3, null), SCHEDULE);
    Delivery retried =
        new Delivery(
            "d1",
            "k1",
            delivery.eventId(),
            delivery.type(),
            "p1",
            delivery.account(),
            "s1",
            1,
            DeliveryStatus.PENDING,
            List.of(new Attempt(NOW, 500, 3, null)),
            first.nextAttemptAt(),
            NOW,
            first.retryingSince());

    Delivery.Outcome second =
        retried.after(new Attempt(NOW.plusSeconds(10), null, 10_000, "timeout"), SCHEDULE);

    assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(first.retryingSince()).isEqualTo(NOW);
    assertThat(second.retryingSince()).isEqualTo(NOW);
  }
}
