package dev.omnichannel.domain.message;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * When a provider says a message or status happened. Providers write Unix seconds (360dialog, the
 * Cloud API, most gateways), some gateways milliseconds, some RFC 3339. A time that cannot be read,
 * or that is not plausible — before WhatsApp existed, or more than a day after the delivery arrived
 * — is replaced by the time the delivery arrived: a message is never refused or misdated for it.
 */
public final class ProviderTime {

  /** Before any WhatsApp message. */
  static final Instant EARLIEST = Instant.parse("2009-01-01T00:00:00Z");

  /** Clocks drift; a day ahead is not. */
  static final Duration AHEAD = Duration.ofDays(1);

  /** Above this a number is milliseconds: as seconds it would be after the year 5000. */
  private static final long MILLIS_FROM = 100_000_000_000L;

  private ProviderTime() {}

  /** A timestamp written as text: digits (seconds or milliseconds) or RFC 3339. */
  public static Instant of(String value, Instant received) {
    if (value == null || value.isBlank()) {
      return received;
    }
    String text = value.trim();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return of(Long.parseLong(text), received);
      } catch (NumberFormatException tooLong) {
        return received;
      }
    }
    try {
      return plausible(OffsetDateTime.parse(text).toInstant(), received);
    } catch (DateTimeParseException unreadable) {
      return received;
    }
  }

  /** A timestamp written as a number: seconds, or milliseconds when it is that large. */
  public static Instant of(Long value, Instant received) {
    if (value == null || value <= 0) {
      return received;
    }
    long seconds = value >= MILLIS_FROM ? value / 1000 : value;
    if (seconds >= MILLIS_FROM) {
      return received; // not a time at all
    }
    Instant at = value >= MILLIS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    return plausible(at, received);
  }

  private static Instant plausible(Instant at, Instant received) {
    return at.isBefore(EARLIEST) || at.isAfter(received.plus(AHEAD)) ? received : at;
  }
}
