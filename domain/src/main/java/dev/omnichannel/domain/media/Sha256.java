package dev.omnichannel.domain.media;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A SHA-256 as providers write it: hex (WhatsApp Web gateways, some BSPs) or base64 (the Cloud
 * API). Compared by value; shown as lowercase hex (API.md §11).
 */
public final class Sha256 {

  private Sha256() {}

  /** Whether {@code given}, in either form, is the digest {@code hex}. */
  public static boolean matches(String given, String hex) {
    return hex.equalsIgnoreCase(toHex(given));
  }

  /** The digest in lowercase hex, or the value as given when it is neither form. */
  public static String toHex(String given) {
    String value = given.trim();
    if (value.matches("(?i)[0-9a-f]{64}")) {
      return value.toLowerCase(Locale.ROOT);
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(value);
      return bytes.length == 32 ? HexFormat.of().formatHex(bytes) : value;
    } catch (IllegalArgumentException notBase64) {
      return value;
    }
  }
}
