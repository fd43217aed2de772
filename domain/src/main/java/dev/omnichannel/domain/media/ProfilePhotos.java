package dev.omnichannel.domain.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A contact's profile photo, fetched like a customer's file (seed §7, WhatsApp Web): its source
 * names the contact and the address the gateway knows them by, and its id is derived from the
 * contact and the day, so however often it is asked for, a photo is fetched at most once a day.
 */
public final class ProfilePhotos {

  private static final String SOURCE = "profile-photo:";

  private ProfilePhotos() {}

  /** The fetch of {@code contactId}'s photo on the (UTC) day of {@code now}. */
  public static String fetchId(String contactId, Instant now) {
    String day = now.atZone(ZoneOffset.UTC).toLocalDate().toString();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("profile-photo:" + contactId + ":" + day).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fetch of a contact's photo today, pending. */
  public static MediaFile fetchOf(dev.omnichannel.domain.contact.Contact contact, Instant now) {
    return MediaFile.pending(
        fetchId(contact.id(), now),
        contact.clientIdentifier(),
        contact.channelId(),
        null,
        null,
        source(contact.id(), contact.routingAddress()),
        new MediaFile.Described(null, "profile-photo.jpg", null),
        now);
  }

  public static String source(String contactId, String address) {
    return SOURCE + contactId + ":" + address;
  }

  public static boolean isPhoto(String source) {
    return source != null && source.startsWith(SOURCE);
  }

  /** The contact a photo fetch is for. */
  public static Optional<String> contactOf(String source) {
    if (!isPhoto(source)) {
      return Optional.empty();
    }
    String rest = source.substring(SOURCE.length());
    int colon = rest.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(rest.substring(0, colon));
  }

  /** The address the gateway knows the contact by. */
  public static Optional<String> addressOf(String source) {
    return contactOf(source).map(c -> source.substring(SOURCE.length() + c.length() + 1));
  }
}
