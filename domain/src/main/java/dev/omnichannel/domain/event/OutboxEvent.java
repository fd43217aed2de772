package dev.omnichannel.domain.event;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.Set;

/**
 * An event ready for the outbox: its data already written out ({@code dataJson}), waiting to be
 * given its place (sequence, feed position) and its deliveries by the event router.
 */
public record OutboxEvent(
    EventId id,
    EventType type,
    Instant timestamp,
    ClientIdentifier account,
    String sessionId,
    Set<String> platforms,
    String orderKey,
    String dataJson) {

  public OutboxEvent {
    platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
  }
}
