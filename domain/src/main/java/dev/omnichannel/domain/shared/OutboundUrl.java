package dev.omnichannel.domain.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL this service calls out to (a provider's base URL, a platform's webhook): {@code http} or
 * {@code https}, no user-info, and not a link-local address ({@code 169.254.0.0/16}, {@code
 * fe80::/10}), where cloud metadata services answer. Host names are not resolved; addresses written
 * as numbers are read however they are spelled ({@code 2852039166}, {@code 0xa9.254.0.1}).
 */
public final class OutboundUrl {

  public static final String INVALID = "INVALID_BASE_URL";

  private static final Pattern NUMERIC_V4 =
      Pattern.compile("(0x[0-9a-f]+|[0-9]+)(\\.(0x[0-9a-f]+|[0-9]+)){0,3}");

  private OutboundUrl() {}

  /**
   * Reads {@code raw} (trailing slashes dropped).
   *
   * @throws InvalidInputException {@value #INVALID} naming {@code field}
   */
  public static URI parse(String raw, String field) {
    URI uri;
    try {
      uri = URI.create(raw.trim().replaceAll("/+$", ""));
    } catch (IllegalArgumentException e) {
      throw refused(field, "must be an http(s) URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw refused(field, "must be an http(s) URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(field, "must not carry user-info (user:password@)");
    }
    if (isLinkLocal(uri.getHost())) {
      throw refused(field, "must not point at a link-local address");
    }
    return uri;
  }

  private static InvalidInputException refused(String field, String message) {
    return new InvalidInputException(INVALID, List.of(new FieldError(field, message)));
  }

  static boolean isLinkLocal(String rawHost) {
    String host = rawHost.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      return isLinkLocalV6(host.substring(1, host.length() - 1));
    }
    if (NUMERIC_V4.matcher(host).matches()) {
      long address = ipv4(host);
      return address >= 0 && (address >>> 16) == ((169L << 8) | 254L);
    }
    return false;
  }

  private static boolean isLinkLocalV6(String literal) {
    try {
      InetAddress address = InetAddress.getByName("[" + literal + "]");
      if (address instanceof Inet6Address) {
        byte[] b = address.getAddress();
        boolean fe80 = (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80;
        boolean mappedV4 = isV4Mapped(b) && (b[12] & 0xff) == 169 && (b[13] & 0xff) == 254;
        return fe80 || mappedV4;
      }
      byte[] v4 = address.getAddress();
      return (v4[0] & 0xff) == 169 && (v4[1] & 0xff) == 254;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isV4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }

  /** An IPv4 address as inet_aton reads it: 1 to 4 parts, decimal, octal or hex; -1 if none. */
  private static long ipv4(String host) {
    String[] parts = host.split("\\.");
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = number(parts[i]);
      if (values[i] < 0) {
        return -1;
      }
    }
    long address = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        return -1;
      }
      address |= values[i] << (24 - 8 * i);
    }
    long last = values[parts.length - 1];
    if (last >= (1L << (8 * (5 - parts.length)))) {
      return -1;
    }
    return address | last;
  }

  private static long number(String part) {
    try {
      if (part.startsWith("0x")) {
        return part.length() > 10 ? -1 : Long.parseLong(part.substring(2), 16);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return part.length() > 12 ? -1 : Long.parseLong(part.substring(1), 8);
      }
      return part.length() > 10 ? -1 : Long.parseLong(part);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
