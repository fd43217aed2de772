package dev.omnichannel.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Port: named leases, so one replica at a time does a job. Each new holder gets a higher epoch,
 * which fences a holder that lost the lease without knowing it.
 */
public interface Leases {

  /** Takes or renews {@code name} for {@code owner}; its epoch, or empty when someone holds it. */
  OptionalLong acquire(String name, String owner, Instant now, Duration length);
}
