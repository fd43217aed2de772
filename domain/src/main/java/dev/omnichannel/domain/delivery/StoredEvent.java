package dev.omnichannel.domain.delivery;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.Set;

/**
 * An event in the feed: its place ({@code sequence} in its session, {@code feedSeq} in the feed of
 * every account) and its {@code body}, the JSON platforms receive, fixed once written.
 */
public record StoredEvent(
    EventId id,
    EventType type,
    Instant timestamp,
    ClientIdentifier account,
    String sessionId,
    Long sequence,
    long feedSeq,
    String orderKey,
    Set<String> platforms,
    String body) {

  public StoredEvent {
    platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
  }
}
