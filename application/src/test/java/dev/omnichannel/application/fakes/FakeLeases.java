package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.delivery.Leases;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/** One lease, taken over when it runs out. */
public final class FakeLeases implements Leases {

  private String owner;
  private Instant until = Instant.MIN;
  private long epoch;

  /** Calls to {@link #acquire}: each is a write on a real store. */
  public int acquisitions;

  @Override
  public synchronized OptionalLong acquire(String name, String who, Instant now, Duration length) {
    acquisitions++;
    if (who.equals(owner)) {
      until = now.plus(length);
      return OptionalLong.of(epoch);
    }
    if (!until.isAfter(now)) {
      owner = who;
      until = now.plus(length);
      return OptionalLong.of(++epoch);
    }
    return OptionalLong.empty();
  }
}
