package dev.omnichannel.adapters.d360;

import java.net.ConnectException;

/**
 * 360dialog certainly did not take the request (throttled, or never reached): safe to send again.
 */
final class NotAccepted extends RuntimeException {

  private final boolean throttled;
  private final String retryAfter;

  NotAccepted(boolean throttled, String retryAfter) {
    super(throttled ? "throttled" : "connection refused", null, false, false);
    this.throttled = throttled;
    this.retryAfter = retryAfter;
  }

  boolean throttled() {
    return throttled;
  }

  /** Seconds to wait, from the {@code Retry-After} header, else 30. */
  long retryAfterSeconds() {
    try {
      return retryAfter == null ? 30 : Math.max(1, Long.parseLong(retryAfter.trim()));
    } catch (NumberFormatException e) {
      return 30;
    }
  }

  static boolean isConnectionRefused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }
}
