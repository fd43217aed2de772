package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.RetrySchedule;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.delivery.WebhookSignature;
import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due deliveries, one claim at a time, per Standard Webhooks: {@code webhook-id} (the event's
 * id, the same on every attempt), {@code webhook-timestamp} and {@code webhook-signature}. A 2xx
 * within {@link #TIMEOUT} is delivered; anything else is tried again on the {@link RetrySchedule}.
 * A platform's deliveries of one session (or contact) go out in feed order: a delivery waits
 * (parked, marking the earlier one awaited) while an earlier one of its order is pending, and the
 * finish of an awaited delivery wakes the next.
 */
public class DeliveryDispatcher {

  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** How long a claim holds a delivery: longer than an attempt can take. */
  static final Duration LEASE = TIMEOUT.plusSeconds(20);

  /** A waiting delivery looks again this long after the one before it is due. */
  static final Duration QUEUE_GAP = Duration.ofMillis(100);

  private static final int KEPT_ATTEMPTS = 50;
  private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class.getName());

  private final DeliveryRepository deliveries;
  private final EventStore events;
  private final PlatformRepository platforms;
  private final WebhookSender sender;
  private final RetrySchedule schedule;
  private final DeliveryMetrics metrics;
  private final EventSignals signals;
  private final Clock clock;

  public DeliveryDispatcher(
      DeliveryRepository deliveries,
      EventStore events,
      PlatformRepository platforms,
      WebhookSender sender,
      RetrySchedule schedule,
      DeliveryMetrics metrics,
      EventSignals signals,
      Clock clock) {
    this.deliveries = deliveries;
    this.events = events;
    this.platforms = platforms;
    this.sender = sender;
    this.schedule = schedule;
    this.metrics = metrics;
    this.signals = signals;
    this.clock = clock;
  }

  /**
   * Claims and handles one due delivery.
   *
   * @return false when nothing was due
   */
  public boolean deliverOnce() {
    String leaseId = UUID.randomUUID().toString();
    Optional<Delivery> claimed = deliveries.claimDue(clock.instant(), LEASE, leaseId);
    if (claimed.isEmpty()) {
      return false;
    }
    Delivery delivery = claimed.get();
    Optional<Delivery> earlier = deliveries.earlierPending(delivery);
    if (earlier.isPresent()) {
      Instant after = latest(earlier.get().nextAttemptAt(), clock.instant()).plus(QUEUE_GAP);
      deliveries.release(delivery, leaseId, after);
      deliveries.markAwaited(earlier.get());
      // The earlier one may have finished before it was marked, waking nothing (or its wakeNext
      // passed over this one, still held), and a parked delivery's next attempt is a lease away.
      // Look again: a finish after the mark wakes this one, one before it is seen here.
      if (deliveries.earlierPending(delivery).isEmpty() && wakeNext(earlier.get())) {
        signals.deliveriesDue(1);
      }
      return true;
    }
    Optional<Platform> platform = platforms.findById(delivery.platformId());
    Optional<StoredEvent> event = events.find(delivery.account(), delivery.eventId());
    if (platform.isEmpty() || event.isEmpty()) {
      finish(
          delivery,
          leaseId,
          new Attempt(clock.instant(), null, 0, "platform or event gone"),
          new Delivery.Outcome(DeliveryStatus.CANCELLED, null));
      return true;
    }
    attempt(delivery, leaseId, platform.get(), event.get());
    return true;
  }

  private void attempt(Delivery delivery, String leaseId, Platform platform, StoredEvent event) {
    Instant at = clock.instant();
    long timestamp = at.getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("webhook-id", event.id().value());
    headers.put("webhook-timestamp", String.valueOf(timestamp));
    headers.put(
        "webhook-signature",
        WebhookSignature.sign(
            platform.secrets().signing(at), event.id().value(), timestamp, event.body()));
    long start = System.nanoTime();
    WebhookSender.Answer answer =
        sender.post(platform.webhookUrl(), headers, event.body(), TIMEOUT);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Attempt attempt =
        new Attempt(
            at,
            answer.statusCode(),
            took.toMillis(),
            answer.error() != null
                ? answer.error()
                : (answer.statusCode() != null && answer.statusCode() / 100 == 2
                    ? null
                    : "HTTP " + answer.statusCode()));
    Delivery.Outcome outcome = delivery.after(attempt, schedule);
    String label =
        switch (outcome.status()) {
          case DELIVERED -> "delivered";
          case PENDING -> "retry";
          default -> "failed";
        };
    metrics.attempt(platform.slug(), label, took);
    if (outcome.status() == DeliveryStatus.DELIVERED) {
      metrics.delivered(platform.slug(), Duration.between(event.timestamp(), clock.instant()));
    } else {
      LOG.log(
          outcome.status() == DeliveryStatus.FAILED ? Level.WARNING : Level.INFO,
          "Delivery {0} of {1} to platform {2} failed ({3}); {4}",
          new Object[] {
            delivery.id(),
            event.id(),
            platform.slug(),
            attempt.error(),
            outcome.status() == DeliveryStatus.FAILED
                ? "given up after " + (delivery.attempts().size() + 1) + " attempts"
                : "next attempt at " + outcome.nextAttemptAt()
          });
    }
    finish(delivery, leaseId, attempt, outcome);
  }

  private void finish(
      Delivery delivery, String leaseId, Attempt attempt, Delivery.Outcome outcome) {
    DeliveryRepository.Recorded recorded =
        deliveries.record(delivery, leaseId, attempt, outcome, KEPT_ATTEMPTS);
    if (recorded.held() && outcome.status().isFinal() && recorded.awaited() && wakeNext(delivery)) {
      signals.deliveriesDue(1);
    }
  }

  /**
   * Makes the next one of a finished delivery's order due as of the finished one's creation: ahead
   * of every later one of the order, whose due times are no earlier than their own creation (in a
   * backlog, the ones routed in later passes are due already), so the workers claim it before they
   * claim, and park again, each of them; and among other orders' deliveries by age.
   */
  private boolean wakeNext(Delivery finished) {
    return deliveries.wakeNext(finished, finished.createdAt());
  }

  /** The later of two instants; an earlier delivery parked behind another has none. */
  private static Instant latest(Instant a, Instant b) {
    return a != null && a.isAfter(b) ? a : b;
  }
}
