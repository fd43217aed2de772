package dev.omnichannel.domain.platform;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A platform's signing secret as Standard Webhooks writes it: {@code whsec_} and the base64 of 32
 * random bytes; those bytes key the HMAC. Shown once, when made.
 */
public final class SigningSecret {

  public static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private SigningSecret(String value) {
    this.value = value;
  }

  public static SigningSecret generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
  }

  /** A stored secret read back. */
  public static SigningSecret of(String value) {
    if (value == null || !value.startsWith(PREFIX)) {
      throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
    }
    return new SigningSecret(value);
  }

  public String value() {
    return value;
  }

  /** The key bytes: the base64 after the prefix, decoded. */
  public byte[] keyBytes() {
    return Base64.getDecoder().decode(value.substring(PREFIX.length()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SigningSecret other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "SigningSecret[***]";
  }
}
