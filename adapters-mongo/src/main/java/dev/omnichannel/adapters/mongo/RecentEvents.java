package dev.omnichannel.adapters.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The events this replica wrote lately, as stored: a delivery reads its event right after the
 * router wrote it, and an event never changes once written, so it is read from here rather than
 * from the store (a round trip and a decoded document per delivery). Another replica's events, and
 * older ones, are read from the store. Bounded in number and time (about a megabyte per thousand).
 */
final class RecentEvents {

  static final int KEPT = 2_000;
  static final Duration FOR = Duration.ofMinutes(1);

  private final Cache<String, StoredEvent> events =
      Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(FOR).build();

  /** An event just written, with its time as the store keeps it (milliseconds). */
  void remember(StoredEvent e) {
    events.put(
        e.id().value(),
        new StoredEvent(
            e.id(),
            e.type(),
            e.timestamp().truncatedTo(ChronoUnit.MILLIS),
            e.account(),
            e.sessionId(),
            e.sequence(),
            e.feedSeq(),
            e.orderKey(),
            e.platforms(),
            e.body()));
  }

  Optional<StoredEvent> find(EventId id) {
    return Optional.ofNullable(events.getIfPresent(id.value()));
  }
}
