package dev.omnichannel.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, then every 3
 * h, each with ±20 % jitter so a recovering receiver is not hit by every delivery at once; after 3
 * days from the first attempt it is given up.
 */
public final class RetrySchedule {

  public static final List<Duration> STANDARD_DELAYS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofSeconds(30),
          Duration.ofMinutes(2),
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          Duration.ofHours(1),
          Duration.ofHours(3));
  public static final Duration STANDARD_GIVE_UP_AFTER = Duration.ofDays(3);
  private static final double JITTER = 0.2;

  private final List<Duration> delays;
  private final Duration giveUpAfter;
  private final DoubleSupplier random;

  /**
   * @param delays the waits after the 1st, 2nd, … failure; the last repeats
   * @param random a source of numbers in [0, 1) for the jitter
   */
  public RetrySchedule(List<Duration> delays, Duration giveUpAfter, DoubleSupplier random) {
    if (delays.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one delay");
    }
    this.delays = List.copyOf(delays);
    this.giveUpAfter = giveUpAfter;
    this.random = random;
  }

  public static RetrySchedule standard(DoubleSupplier random) {
    return new RetrySchedule(STANDARD_DELAYS, STANDARD_GIVE_UP_AFTER, random);
  }

  /**
   * When to try again after the {@code failures}-th failure, or empty when it is time to give up.
   */
  public Optional<Instant> next(int failures, Instant firstAttempt, Instant now) {
    Duration base = delays.get(Math.min(failures, delays.size()) - 1);
    double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
    Instant next = now.plusMillis(Math.round(base.toMillis() * factor));
    return next.isAfter(firstAttempt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
  }
}
