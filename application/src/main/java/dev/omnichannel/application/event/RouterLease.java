package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.Leases;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The router's hold on its lease ({@link EventRouter#LEASE}): taken, or renewed once {@link
 * EventRouter#RENEWAL} of it has passed since this router last did, not at every pass.
 */
final class RouterLease {

  private final Leases leases;
  private final String owner;
  private final Clock clock;
  private Instant renewedAt;

  RouterLease(Leases leases, String owner, Clock clock) {
    this.leases = leases;
    this.owner = owner;
    this.clock = clock;
  }

  /**
   * The lease's epoch: {@code epoch}, the one this router holds (-1: none), while its last renewal
   * is recent; else what taking or renewing it gives, empty when another replica holds it.
   */
  OptionalLong held(long epoch) {
    Instant now = clock.instant();
    if (epoch != -1
        && renewedAt != null
        && !now.isBefore(renewedAt)
        && now.isBefore(renewedAt.plus(EventRouter.RENEWAL))) {
      return OptionalLong.of(epoch);
    }
    OptionalLong held = leases.acquire(EventRouter.LEASE, owner, now, EventRouter.LEASE_LENGTH);
    renewedAt = held.isPresent() ? now : null;
    return held;
  }
}
