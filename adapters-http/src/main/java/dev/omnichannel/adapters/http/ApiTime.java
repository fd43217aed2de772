package dev.omnichannel.adapters.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps as the API writes them: ISO-8601 UTC with milliseconds. */
public final class ApiTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ApiTime() {}

  public static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }
}
