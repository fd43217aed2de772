package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Deliveries in a map keyed by id; leases as the Mongo adapter keeps them. */
public final class InMemoryDeliveries implements DeliveryRepository {

  public final Map<String, Delivery> byId = new LinkedHashMap<>();
  private final Map<String, String> leases = new LinkedHashMap<>();
  private final Set<String> awaited = new HashSet<>();

  /** How many times a finish or a parked delivery woke the next of an order. */
  public int wakes;

  /** How many claims were given back unused (a worker parking a delivery). */
  public int releases;

  @Override
  public void createIfAbsent(List<Delivery> created, Set<String> awaitedIds) {
    for (Delivery d : created) {
      if (byId.values().stream().noneMatch(x -> x.key().equals(d.key()))) {
        byId.put(d.id(), d);
        if (awaitedIds.contains(d.id())) {
          awaited.add(d.id());
        }
      }
    }
  }

  @Override
  public Optional<Delivery> claimDue(Instant now, Duration lease, String leaseId) {
    Optional<Delivery> due =
        byId.values().stream()
            .filter(
                d ->
                    d.status() == DeliveryStatus.PENDING
                        && d.nextAttemptAt() != null
                        && !d.nextAttemptAt().isAfter(now))
            .min(Comparator.comparing(Delivery::nextAttemptAt));
    due.ifPresent(
        d -> {
          byId.put(d.id(), with(d, d.status(), d.attempts(), now.plus(lease), d.retryingSince()));
          leases.put(d.id(), leaseId);
        });
    return due.map(d -> byId.get(d.id()));
  }

  /** Runs once, right after the next {@link #earlierPending} has answered (a racing worker). */
  public Runnable afterEarlierPending;

  @Override
  public Optional<Delivery> earlierPending(Delivery d) {
    Optional<Delivery> earlier =
        byId.values().stream()
            .filter(x -> x.platformId().equals(d.platformId()) && x.orderKey().equals(d.orderKey()))
            .filter(x -> x.status() == DeliveryStatus.PENDING && x.feedSeq() < d.feedSeq())
            .min(Comparator.comparingLong(Delivery::feedSeq));
    Runnable racing = afterEarlierPending;
    afterEarlierPending = null;
    if (racing != null) {
      racing.run();
    }
    return earlier;
  }

  @Override
  public void release(Delivery d, String leaseId, Instant at) {
    releases++;
    if (leaseId.equals(leases.get(d.id()))) {
      leases.remove(d.id());
      Delivery now = byId.get(d.id());
      byId.put(d.id(), with(now, now.status(), now.attempts(), at, now.retryingSince()));
    }
  }

  @Override
  public Recorded record(
      Delivery d, String leaseId, Attempt attempt, Delivery.Outcome outcome, int kept) {
    Delivery now = byId.get(d.id());
    if (!leaseId.equals(leases.get(d.id())) || now.status() != DeliveryStatus.PENDING) {
      return Recorded.LOST;
    }
    leases.remove(d.id());
    List<Attempt> attempts = new ArrayList<>(now.attempts());
    attempts.add(attempt);
    byId.put(
        d.id(),
        with(
            now,
            outcome.status(),
            attempts,
            outcome.nextAttemptAt(),
            outcome.retryingSince() != null ? outcome.retryingSince() : now.retryingSince()));
    return new Recorded(true, awaited.contains(d.id()));
  }

  @Override
  public void markAwaited(Delivery earlier) {
    if (byId.get(earlier.id()).status() == DeliveryStatus.PENDING) {
      awaited.add(earlier.id());
    }
  }

  @Override
  public boolean wakeNext(Delivery d, Instant at) {
    wakes++;
    Optional<Delivery> next =
        byId.values().stream()
            .filter(x -> x.platformId().equals(d.platformId()) && x.orderKey().equals(d.orderKey()))
            .filter(x -> x.status() == DeliveryStatus.PENDING && x.feedSeq() > d.feedSeq())
            .filter(x -> !leases.containsKey(x.id()))
            .min(Comparator.comparingLong(Delivery::feedSeq));
    next.ifPresent(
        x -> {
          awaited.add(x.id());
          byId.put(
              x.id(),
              with(
                  x,
                  x.status(),
                  x.attempts(),
                  x.nextAttemptAt().isBefore(at) ? x.nextAttemptAt() : at,
                  x.retryingSince()));
        });
    return next.isPresent();
  }

  @Override
  public Optional<Delivery> find(ClientIdentifier account, String platformId, String id) {
    return Optional.ofNullable(byId.get(id))
        .filter(d -> d.account().equals(account) && d.platformId().equals(platformId));
  }

  @Override
  public Page<Delivery> log(
      ClientIdentifier account, String platformId, DeliveryStatus status, PageRequest page) {
    List<Delivery> all =
        byId.values().stream()
            .filter(d -> d.platformId().equals(platformId))
            .filter(d -> status == null || d.status() == status)
            .toList();
    return new Page<>(all, 1, Math.max(1, all.size()), all.size());
  }

  @Override
  public boolean retry(Delivery d, Instant now) {
    byId.put(d.id(), with(byId.get(d.id()), DeliveryStatus.PENDING, d.attempts(), now, now));
    return true;
  }

  @Override
  public long cancelPending(String platformId) {
    long n = 0;
    for (Delivery d : List.copyOf(byId.values())) {
      if (d.platformId().equals(platformId) && d.status() == DeliveryStatus.PENDING) {
        byId.put(d.id(), with(d, DeliveryStatus.CANCELLED, d.attempts(), null, d.retryingSince()));
        n++;
      }
    }
    return n;
  }

  @Override
  public Optional<Instant> oldestDue(Instant now) {
    return byId.values().stream()
        .filter(d -> d.status() == DeliveryStatus.PENDING && !d.nextAttemptAt().isAfter(now))
        .map(Delivery::nextAttemptAt)
        .min(Comparator.naturalOrder());
  }

  @Override
  public long pendingCount() {
    return byId.values().stream().filter(d -> d.status() == DeliveryStatus.PENDING).count();
  }

  @Override
  public long deleteFinishedBefore(Instant before) {
    int size = byId.size();
    byId.values().removeIf(d -> d.status().isFinal() && d.createdAt().isBefore(before));
    return size - byId.size();
  }

  private static Delivery with(
      Delivery d, DeliveryStatus status, List<Attempt> attempts, Instant next, Instant since) {
    return new Delivery(
        d.id(),
        d.key(),
        d.eventId(),
        d.type(),
        d.platformId(),
        d.account(),
        d.orderKey(),
        d.feedSeq(),
        status,
        attempts,
        next,
        d.createdAt(),
        since);
  }
}
