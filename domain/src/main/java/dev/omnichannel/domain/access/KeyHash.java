package dev.omnichannel.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an API key, in lower-case hex: what is stored and looked up, never the key itself.
 */
public record KeyHash(String hex) {

  public KeyHash {
    if (hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a key hash is 64 lower-case hex characters");
    }
  }

  /** Hashes what a caller presented. */
  public static KeyHash of(String presentedKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(presentedKey.getBytes(StandardCharsets.UTF_8));
      return new KeyHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Compares in constant time, so timing tells nothing about a stored hash. */
  public boolean matches(KeyHash other) {
    return other != null
        && MessageDigest.isEqual(
            hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "KeyHash[" + hex.substring(0, 8) + "…]";
  }
}
