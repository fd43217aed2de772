package dev.omnichannel.domain.access;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A freshly generated account key: {@code omc_} and 32 random bytes in URL-safe base64. Its value
 * is shown once, in the answer that creates it; only its {@link KeyHash} is kept.
 */
public final class ApiKeySecret {

  public static final String PREFIX = "omc_";

  /** How many characters of a key identify it in listings ({@code omc_} and eight more). */
  public static final int SHOWN_PREFIX_LENGTH = PREFIX.length() + 8;

  private static final int RANDOM_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private ApiKeySecret(String value) {
    this.value = value;
  }

  public static ApiKeySecret generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The key itself: for the one answer that shows it. */
  public String value() {
    return value;
  }

  public String shownPrefix() {
    return value.substring(0, SHOWN_PREFIX_LENGTH);
  }

  public KeyHash hash() {
    return KeyHash.of(value);
  }

  @Override
  public String toString() {
    return "ApiKeySecret[" + shownPrefix() + "…]";
  }
}
