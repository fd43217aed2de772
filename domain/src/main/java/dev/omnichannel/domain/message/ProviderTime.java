package dev.omnichannel.domain.message;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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
    return read(value, received).orElse(received);
  }

  /**
   * The timestamp as the provider wrote it when it was replaced by the time of receipt (API.md §10:
   * kept as given in {@code providerTimestamp}); {@code null} when it was read as written or
   * absent.
   */
  public static String given(String value, Instant received) {
    return value == null || value.isBlank() || read(value, received).isPresent() ? null : value;
  }

  /** A timestamp written as a number: seconds, or milliseconds when it is that large. */
  public static Instant of(Long value, Instant received) {
    return read(value, received).orElse(received);
  }

  private static Optional<Instant> read(String value, Instant received) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return read(Long.parseLong(text), received);
      } catch (NumberFormatException tooLong) {
        return Optional.empty();
      }
    }
    try {
      return plausible(OffsetDateTime.parse(text).toInstant(), received);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> read(Long value, Instant received) {
    if (value == null || value <= 0) {
      return Optional.empty();
    }
    long seconds = value >= MILLIS_FROM ? value / 1000 : value;
    if (seconds >= MILLIS_FROM) {
      return Optional.empty(); // not a time at all
    }
    Instant at = value >= MILLIS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    return plausible(at, received);
  }

  private static Optional<Instant> plausible(Instant at, Instant received) {
    return at.isBefore(EARLIEST) || at.isAfter(received.plus(AHEAD))
        ? Optional.empty()
        : Optional.of(at);
  }
}
