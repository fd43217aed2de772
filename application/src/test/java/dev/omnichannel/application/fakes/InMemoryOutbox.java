package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.delivery.OutboxRepository;
import dev.omnichannel.domain.event.OutboxEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Outboxes of sessions, by session id, with their last sequence. */
public final class InMemoryOutbox implements OutboxRepository {

  public final Map<String, List<OutboxEvent>> sessions = new LinkedHashMap<>();
  public final Map<String, Long> lastSequence = new LinkedHashMap<>();

  public void write(String sessionId, OutboxEvent... events) {
    sessions.computeIfAbsent(sessionId, s -> new ArrayList<>()).addAll(List.of(events));
  }

  @Override
  public List<Source> pending(int limit) {
    return sessions.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .limit(limit)
        .map(
            e ->
                new Source(
                    Source.Kind.SESSION,
                    e.getKey(),
                    lastSequence.getOrDefault(e.getKey(), 0L),
                    e.getValue()))
        .toList();
  }

  @Override
  public void drained(List<Drained> drained) {
    for (Drained d : drained) {
      sessions.get(d.source().id()).removeIf(e -> d.moved().contains(e.id()));
      lastSequence.merge(d.source().id(), d.lastSequence(), Math::max);
    }
  }
}
