package dev.omnichannel.adapters.http.load;

import java.time.Duration;

/**
 * Whether a request that waited for a thread is still worth starting. Work begins only while its
 * caller can still hear the answer: a provider whose webhook waited past the deadline has timed out
 * and will deliver again, and a caller that hung up hears nothing. Refusing then, before anything
 * is stored or sent, is safe; doing the work would only deepen the backlog (issue #10).
 */
public record Admission(Duration deadline) {

  public enum Verdict {
    START,
    CALLER_GONE,
    EXPIRED
  }

  public Admission {
    if (deadline.isNegative()) {
      throw new IllegalArgumentException("a deadline cannot be negative: " + deadline);
    }
  }

  public Verdict of(long arrivedNanos, long nowNanos, boolean callerGone) {
    if (callerGone) {
      return Verdict.CALLER_GONE;
    }
    return nowNanos - arrivedNanos >= deadline.toNanos() ? Verdict.EXPIRED : Verdict.START;
  }
}
