package dev.omnichannel.domain.event;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.Set;

/**
 * Something that happened in an account, for the platforms that serve it (API.md §9). {@code
 * platforms} are the slugs of the platforms whose sessions it concerns at the time it happens (a
 * transfer concerns both sides); platforms of scope {@code account} receive every event. {@code
 * orderKey} groups the events delivered in order: a session's, or a contact's.
 */
public record Event(
    EventId id,
    EventType type,
    Instant timestamp,
    ClientIdentifier account,
    String sessionId,
    Set<String> platforms,
    String orderKey,
    EventData data) {

  public Event {
    platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
  }

  /** The same event, also concerning the sessions of {@code platform}. */
  public Event alsoFor(String platform) {
    if (platform == null || platforms.contains(platform)) {
      return this;
    }
    Set<String> more = new java.util.LinkedHashSet<>(platforms);
    more.add(platform);
    return new Event(id, type, timestamp, account, sessionId, more, orderKey, data);
  }
}
