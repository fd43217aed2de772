package dev.omnichannel.domain.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a platform's deliveries are signed with: the current one and, for {@link #OVERLAP}
 * after a rotation, the one before it, so a receiver can switch without losing events.
 */
public record PlatformSecrets(
    SigningSecret current, SigningSecret previous, Instant previousUntil) {

  public static final Duration OVERLAP = Duration.ofHours(24);

  public static PlatformSecrets of(SigningSecret current) {
    return new PlatformSecrets(current, null, null);
  }

  public PlatformSecrets rotate(SigningSecret next, Instant now) {
    return new PlatformSecrets(next, current, now.plus(OVERLAP));
  }

  /** The secrets that sign at {@code now}, current first. */
  public List<SigningSecret> signing(Instant now) {
    List<SigningSecret> secrets = new ArrayList<>(2);
    secrets.add(current);
    if (previous != null && previousUntil != null && previousUntil.isAfter(now)) {
      secrets.add(previous);
    }
    return secrets;
  }
}
