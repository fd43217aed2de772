package dev.omnichannel.domain.access;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An account's API key, as stored: its hash, never its value. A revoked key authenticates no one;
 * when it was last used is recorded at most once per {@link #USE_RECORDING_INTERVAL}.
 */
public record ApiKey(
    String id,
    ClientIdentifier account,
    String name,
    String prefix,
    KeyHash hash,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  /** How often a key's use is written down, at most. */
  public static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  /** How long a revocation may take to reach every replica (their caches of keys expire). */
  public static final Duration REVOCATION_DELAY = Duration.ofSeconds(5);

  public static ApiKey issue(
      String id, ClientIdentifier account, String name, ApiKeySecret secret, Instant now) {
    return new ApiKey(id, account, name, secret.shownPrefix(), secret.hash(), now, null, null);
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  /** Revoking a revoked key keeps the first revocation. */
  public ApiKey revoke(Instant now) {
    return isActive()
        ? new ApiKey(id, account, name, prefix, hash, createdAt, lastUsedAt, now)
        : this;
  }

  /** The same key, known to have been used at {@code at}. */
  public ApiKey usedAt(Instant at) {
    return new ApiKey(id, account, name, prefix, hash, createdAt, at, revokedAt);
  }

  /** Whether a use at {@code now} should be written down. */
  public boolean useIsWorthRecording(Instant now) {
    return lastUsedAt == null || !lastUsedAt.plus(USE_RECORDING_INTERVAL).isAfter(now);
  }

  public Optional<Instant> lastUse() {
    return Optional.ofNullable(lastUsedAt);
  }
}
