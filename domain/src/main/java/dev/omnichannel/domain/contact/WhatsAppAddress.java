package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a WhatsApp address names, however a provider writes it (PROVIDERS.md §3.1, API.md §10): a
 * phone as digits, {@code …@c.us}, {@code …@s.whatsapp.net} or {@code …:device@s.whatsapp.net}; a
 * privacy id (LID) as {@code …@lid}; a group as {@code …@g.us} or {@code …-group}; a Cloud API
 * business-scoped user id (BSUID) as {@code CC.…} ({@code US.13491208655302741918}, a parent one
 * {@code US.ENT.…}). {@code value} is the canonical form: a phone's digits as given (normalized by
 * {@link PhoneNumber}), a LID as {@code digits@lid} without its device, a group and a BSUID as
 * given.
 */
public record WhatsAppAddress(Kind kind, String value) {

  public enum Kind {
    PHONE,
    LID,
    BSUID,
    GROUP
  }

  private static final Pattern BSUID = Pattern.compile("[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{5,32}");
  private static final Pattern GROUP_USER = Pattern.compile("[0-9]{5,32}(-[0-9]{5,20})?");

  public static WhatsAppAddress parse(String raw, String field) {
    String s = raw == null ? "" : raw.trim();
    if (BSUID.matcher(s).matches()) {
      return new WhatsAppAddress(Kind.BSUID, s);
    }
    if (s.endsWith("-group")) {
      return new WhatsAppAddress(Kind.GROUP, s);
    }
    int at = s.indexOf('@');
    if (at < 0) {
      return new WhatsAppAddress(Kind.PHONE, s);
    }
    String user = s.substring(0, at);
    int device = user.indexOf(':');
    if (device >= 0) {
      user = user.substring(0, device);
    }
    String server = s.substring(at + 1).toLowerCase(Locale.ROOT);
    switch (server) {
      case "c.us", "s.whatsapp.net" -> {
        return new WhatsAppAddress(Kind.PHONE, user);
      }
      case "lid", "hosted.lid" -> {
        if (DIGITS.matcher(user).matches()) {
          return new WhatsAppAddress(Kind.LID, user + "@lid");
        }
      }
      case "g.us" -> {
        if (GROUP_USER.matcher(user).matches()) {
          return new WhatsAppAddress(Kind.GROUP, user + "@g.us");
        }
      }
      default -> {
        // broadcast lists, status, newsletters and bots are not people an account talks to
      }
    }
    throw new InvalidInputException(
        field, "'" + raw + "' is not a WhatsApp user, group, LID or business-scoped user id");
  }

  /** A BSUID as a provider sent it ({@code user_id}, {@code from_user_id}), if it is one. */
  public static boolean isBsuid(String raw) {
    return raw != null && BSUID.matcher(raw.trim()).matches();
  }

  public boolean isPerson() {
    return kind != Kind.GROUP;
  }
}
