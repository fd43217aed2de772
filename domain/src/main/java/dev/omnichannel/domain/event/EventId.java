package dev.omnichannel.domain.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An event's id, {@code evt_} and 32 hex characters. An event a provider's delivery causes has an
 * id derived from its cause, so a retried delivery recreates the same event instead of a second
 * one; an event of an agent's action gets a random one (the action is stored once, atomically with
 * its event).
 *
 * <p>The first 8 hex characters are a second, as in a MongoDB ObjectId: the time of the cause (a
 * time every retry sees the same, such as when the message was first stored), or of the action. The
 * ids of the events written together then sort together, so the feed's store adds them to the same
 * few pages of its maps (of events, and of deliveries keyed by event), where ids of hashes alone
 * landed each on a random page and every commit rewrote tens of them. Ids made before this are all
 * hash: they stay valid, unordered.
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

  /**
   * The id of the one event of {@code type} that {@code cause} brings about; {@code causedAt} is a
   * time every repeat of the cause gives alike (only its second counts).
   */
  public static EventId derived(EventType type, String cause, Instant causedAt) {
    return new EventId(
        "evt_" + second(causedAt) + derivedUntimed(type, cause).value().substring(4, 28));
  }

  /**
   * The id {@link #derived} gave the same cause before ids began with a second (until 2026-11-26):
   * what a repeat of a cause handled before then looks for, so its event is not written again under
   * the new id.
   */
  public static EventId derivedUntimed(EventType type, String cause) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((type.wireName() + "\u0000" + cause).getBytes(StandardCharsets.UTF_8));
      return new EventId("evt_" + HexFormat.of().formatHex(hash, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A new id for an event of an action taken at {@code at}. */
  public static EventId random(Instant at) {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return new EventId("evt_" + second(at) + HexFormat.of().formatHex(bytes));
  }

  /** The second as 8 hex characters, as unsigned 32 bits (an ObjectId's, good until 2106). */
  private static String second(Instant at) {
    return HexFormat.of().toHexDigits((int) at.getEpochSecond());
  }

  @Override
  public String toString() {
    return value;
  }
}
