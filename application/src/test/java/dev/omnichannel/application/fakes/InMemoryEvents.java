package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The feed in a map, with its committed position and the epoch that set it. */
public final class InMemoryEvents implements EventStore {

  public final Map<EventId, StoredEvent> events = new LinkedHashMap<>();
  public long committed;
  public long epoch;

  @Override
  public void insertIfAbsent(List<StoredEvent> stored) {
    for (StoredEvent e : stored) {
      if (events.values().stream()
          .anyMatch(x -> x.feedSeq() == e.feedSeq() && !x.id().equals(e.id()))) {
        throw new IllegalStateException("feedSeq " + e.feedSeq() + " taken");
      }
      events.putIfAbsent(e.id(), e);
    }
  }

  @Override
  public Map<EventId, StoredEvent> find(Collection<EventId> ids) {
    Map<EventId, StoredEvent> found = new LinkedHashMap<>();
    ids.forEach(id -> Optional.ofNullable(events.get(id)).ifPresent(e -> found.put(id, e)));
    return found;
  }

  @Override
  public long lastFeedSeq() {
    return events.values().stream().mapToLong(StoredEvent::feedSeq).max().orElse(0);
  }

  @Override
  public void commit(long feedSeq, long byEpoch) {
    if (byEpoch >= epoch) {
      epoch = byEpoch;
      committed = Math.max(committed, feedSeq);
    }
  }

  @Override
  public long committed() {
    return committed;
  }

  @Override
  public List<StoredEvent> feed(
      ClientIdentifier account, long after, int limit, Set<EventType> types, String sessionId) {
    return sorted()
        .filter(e -> e.account().equals(account) && e.feedSeq() > after && e.feedSeq() <= committed)
        .filter(e -> types == null || types.isEmpty() || types.contains(e.type()))
        .filter(e -> sessionId == null || sessionId.equals(e.sessionId()))
        .limit(limit)
        .toList();
  }

  @Override
  public List<StoredEvent> tail(long after, int limit) {
    return sorted()
        .filter(e -> e.feedSeq() > after && e.feedSeq() <= committed)
        .limit(limit)
        .toList();
  }

  @Override
  public List<StoredEvent> window(
      ClientIdentifier account, Instant since, Instant until, Set<EventType> types, int limit) {
    return sorted()
        .filter(e -> e.account().equals(account))
        .filter(e -> !e.timestamp().isBefore(since) && e.timestamp().isBefore(until))
        .filter(e -> types == null || types.isEmpty() || types.contains(e.type()))
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<StoredEvent> find(ClientIdentifier account, EventId id) {
    return Optional.ofNullable(events.get(id)).filter(e -> e.account().equals(account));
  }

  @Override
  public long deleteOlderThan(Instant before) {
    List<StoredEvent> old = sorted().takeWhile(e -> e.timestamp().isBefore(before)).toList();
    old.forEach(e -> events.remove(e.id()));
    return old.size();
  }

  private java.util.stream.Stream<StoredEvent> sorted() {
    return events.values().stream().sorted(Comparator.comparingLong(StoredEvent::feedSeq));
  }
}
