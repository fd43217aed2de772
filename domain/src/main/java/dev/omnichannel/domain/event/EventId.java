package dev.omnichannel.domain.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An event's id, {@code evt_} and 32 hex characters. An event a provider's delivery causes has an
 * id derived from its cause, so a retried delivery recreates the same event instead of a second
 * one; an event of an agent's action gets a random one (the action is stored once, atomically with
 * its event).
 */
public record EventId(String value) {

  private static final Pattern FORM = Pattern.compile("evt_[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public EventId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an event id is evt_ and 32 hex characters");
    }
  }

  public static boolean isWellFormed(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  /** The id of the one event of {@code type} that {@code cause} brings about. */
  public static EventId derived(EventType type, String cause) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((type.wireName() + "\u0000" + cause).getBytes(StandardCharsets.UTF_8));
      return new EventId("evt_" + HexFormat.of().formatHex(hash, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public static EventId random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new EventId("evt_" + HexFormat.of().formatHex(bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
