package dev.omnichannel.domain.delivery;

import java.time.Instant;

/**
 * One try at a delivery: the receiver's HTTP status (absent when it could not be reached), how long
 * it took, and what went wrong.
 */
public record Attempt(Instant at, Integer statusCode, long durationMs, String error) {

  /** Any 2xx is a delivery. */
  public boolean succeeded() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
