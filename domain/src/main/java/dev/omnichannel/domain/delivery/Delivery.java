package dev.omnichannel.domain.delivery;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;

/**
 * One event on its way to one platform. {@code key} makes it unique ({@code eventId:platformId} for
 * the router's, another for a replay); deliveries of one platform and {@code orderKey} go out in
 * the order of {@code feedSeq}. Retries are given up {@link RetrySchedule three days} after {@code
 * retryingSince}: its creation, or the moment an operator sent it again.
 */
public record Delivery(
    String id,
    String key,
    EventId eventId,
    EventType type,
    String platformId,
    ClientIdentifier account,
    String orderKey,
    long feedSeq,
    DeliveryStatus status,
    List<Attempt> attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant retryingSince) {

  public Delivery {
    attempts = attempts == null ? List.of() : List.copyOf(attempts);
  }

  /**
   * A new delivery of {@code event} to a platform under {@code key}: pending, due at {@code now}.
   */
  public static Delivery due(
      String id, String key, StoredEvent event, String platformId, Instant now) {
    return new Delivery(
        id,
        key,
        event.id(),
        event.type(),
        platformId,
        event.account(),
        event.orderKey(),
        event.feedSeq(),
        DeliveryStatus.PENDING,
        List.of(),
        now,
        now,
        null);
  }

  /** The key of the router's delivery of an event to a platform. */
  public static String routedKey(EventId eventId, String platformId) {
    return eventId.value() + ":" + platformId;
  }

  /** This delivery, not due before {@code at} (parked behind an earlier one of its order). */
  public Delivery parkedUntil(Instant at) {
    return new Delivery(
        id,
        key,
        eventId,
        type,
        platformId,
        account,
        orderKey,
        feedSeq,
        status,
        attempts,
        at,
        createdAt,
        retryingSince);
  }

  /** What an attempt makes of this delivery: delivered, tried again later, or failed. */
  public Outcome after(Attempt attempt, RetrySchedule schedule) {
    if (attempt.succeeded()) {
      return new Outcome(DeliveryStatus.DELIVERED, null);
    }
    Instant since = retryingSince == null ? attempt.at() : retryingSince;
    long failuresSince = attempts.stream().filter(a -> !a.at().isBefore(since)).count() + 1;
    return schedule
        .next((int) failuresSince, since, attempt.at())
        .map(next -> new Outcome(DeliveryStatus.PENDING, next, since))
        .orElseGet(() -> new Outcome(DeliveryStatus.FAILED, null, since));
  }

  /**
   * The status after an attempt, when to try again if still pending, and since when it has been
   * retried: set by the first attempt that did not deliver it (null when it was delivered, or ended
   * without an attempt), so that a delivery that went at once stores no such moment.
   */
  public record Outcome(DeliveryStatus status, Instant nextAttemptAt, Instant retryingSince) {

    /** An outcome that starts no retrying. */
    public Outcome(DeliveryStatus status, Instant nextAttemptAt) {
      this(status, nextAttemptAt, null);
    }
  }
}
