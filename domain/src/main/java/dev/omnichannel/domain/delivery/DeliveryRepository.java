package dev.omnichannel.domain.delivery;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: deliveries, claimed by replicas with a lease so two never send one attempt at once. A
 * claimed delivery is not due again until its lease ends; only the claim's holder may record it.
 */
public interface DeliveryRepository {

  /** Stores the deliveries whose key is not stored yet. */
  default void createIfAbsent(List<Delivery> deliveries) {
    createIfAbsent(deliveries, Set.of());
  }

  /**
   * Stores the deliveries whose key is not stored yet, those with their id in {@code awaited}
   * marked as {@link #markAwaited} does (a later one of their order waits for them, parked).
   */
  void createIfAbsent(List<Delivery> deliveries, Set<String> awaited);

  /** The most overdue pending delivery, leased to {@code leaseId} for {@code lease}. */
  Optional<Delivery> claimDue(Instant now, Duration lease, String leaseId);

  /** A pending delivery of the same platform and order key that must go first. */
  Optional<Delivery> earlierPending(Delivery delivery);

  /** Gives a claim back unused, due again at {@code at}. */
  void release(Delivery delivery, String leaseId, Instant at);

  /**
   * What {@link #record} found: whether the claim still held (else nothing was written), and
   * whether a later delivery of the same order waits for this one ({@link #markAwaited}).
   */
  record Recorded(boolean held, boolean awaited) {
    public static final Recorded LOST = new Recorded(false, false);
  }

  /** Records an attempt and its outcome, if the claim {@code leaseId} still holds. */
  Recorded record(
      Delivery delivery,
      String leaseId,
      Attempt attempt,
      Delivery.Outcome outcome,
      int keptAttempts);

  /**
   * Notes that a later delivery of its order waits for the pending {@code earlier}: its finish then
   * wakes the next ({@link Recorded#awaited}); finishes nobody waits for wake nothing.
   */
  void markAwaited(Delivery earlier);

  /**
   * Makes the next pending delivery after {@code delivery} in its order due at {@code at} (or
   * earlier, if it is due earlier already), and awaited (the ones after it may wait for it in
   * turn).
   *
   * @return whether there was one to wake
   */
  boolean wakeNext(Delivery delivery, Instant at);

  Optional<Delivery> find(ClientIdentifier account, String platformId, String id);

  /** A platform's deliveries, newest first, of one status or all. */
  Page<Delivery> log(
      ClientIdentifier account, String platformId, DeliveryStatus status, PageRequest page);

  /** Sends a failed or cancelled delivery again, now. */
  boolean retry(Delivery delivery, Instant now);

  /** Ends a platform's pending deliveries as cancelled. */
  long cancelPending(String platformId);

  /** When the most overdue pending delivery was due, if any is. */
  Optional<Instant> oldestDue(Instant now);

  long pendingCount();

  /** Forgets finished deliveries created before {@code before}. */
  long deleteFinishedBefore(Instant before);
}
