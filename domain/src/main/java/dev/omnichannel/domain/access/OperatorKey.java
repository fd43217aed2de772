package dev.omnichannel.domain.access;

import java.util.Optional;

/**
 * The operator's key, which reaches every account; absent when operator access is disabled. Only
 * its hash is held.
 */
public final class OperatorKey {

  private final KeyHash hash;

  private OperatorKey(KeyHash hash) {
    this.hash = hash;
  }

  public static OperatorKey of(String value) {
    if (value == null || value.isBlank()) {
      return disabled();
    }
    return new OperatorKey(KeyHash.of(value.trim()));
  }

  public static OperatorKey disabled() {
    return new OperatorKey(null);
  }

  public boolean isEnabled() {
    return hash != null;
  }

  public boolean matches(KeyHash presented) {
    return Optional.ofNullable(hash).map(h -> h.matches(presented)).orElse(false);
  }

  @Override
  public String toString() {
    return isEnabled() ? "OperatorKey[enabled]" : "OperatorKey[disabled]";
  }
}
