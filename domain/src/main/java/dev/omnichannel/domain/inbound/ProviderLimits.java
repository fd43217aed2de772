package dev.omnichannel.domain.inbound;

/**
 * How long a provider's values may be once stored (API.md §10): names and ids 256 characters, texts
 * 65,536. Longer values are cut — never refused, since the customer already sent them — and the
 * message says so ({@code truncated}). Cuts never split a character in two.
 */
public final class ProviderLimits {

  public static final int NAME = 256;
  public static final int ID = 256;
  public static final int TEXT = 65_536;

  private ProviderLimits() {}

  public static String cut(String value, int limit) {
    if (!over(value, limit)) {
      return value;
    }
    int end = limit;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }

  public static boolean over(String value, int limit) {
    return value != null && value.length() > limit;
  }
}
