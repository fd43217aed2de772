package dev.omnichannel.domain.shared;

/**
 * A value that must never be shown or logged (provider API keys, webhook tokens). Its {@code
 * toString} is redacted so a careless log line cannot leak it.
 */
public record Secret(String value) {

  public Secret {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a secret cannot be blank");
    }
  }

  /** Compares in constant time, so response timing tells nothing about the secret. */
  public boolean matches(String candidate) {
    return candidate != null
        && java.security.MessageDigest.isEqual(
            value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@code text} with every occurrence of this secret replaced by {@code ***}. */
  public String maskIn(String text) {
    return text == null ? null : text.replace(value, "***");
  }

  @Override
  public String toString() {
    return "Secret[***]";
  }
}
