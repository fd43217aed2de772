package dev.omnichannel.domain.delivery;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the feed of events, each once by its id, in the order of {@code feedSeq}. Readers see
 * events up to the committed position only, so an event still being written is never skipped.
 */
public interface EventStore {

  /** Stores the events not stored yet (by id); a {@code feedSeq} taken already fails the call. */
  void insertIfAbsent(List<StoredEvent> events);

  /** The stored ones among these ids. */
  Map<EventId, StoredEvent> find(Collection<EventId> ids);

  /** The highest {@code feedSeq} stored, 0 when none. */
  long lastFeedSeq();

  /** Everything up to {@code feedSeq} is written; only the holder of {@code epoch} may say so. */
  void commit(long feedSeq, long epoch);

  /** The committed position. */
  long committed();

  /** An account's events after {@code afterFeedSeq}, oldest first, up to the committed position. */
  List<StoredEvent> feed(
      ClientIdentifier account,
      long afterFeedSeq,
      int limit,
      Set<EventType> types,
      String sessionId);

  /** Every account's events after {@code afterFeedSeq}, up to the committed position. */
  List<StoredEvent> tail(long afterFeedSeq, int limit);

  /** An account's events in a time window, oldest first. */
  List<StoredEvent> window(
      ClientIdentifier account, Instant since, Instant until, Set<EventType> types, int limit);

  Optional<StoredEvent> find(ClientIdentifier account, EventId id);

  /**
   * Forgets events older than {@code before} from the start of the feed (in {@code feedSeq} order),
   * stopping at the first that is not: an old event behind a newer one stays until that one goes.
   * Returns how many.
   */
  long deleteOlderThan(Instant before);
}
