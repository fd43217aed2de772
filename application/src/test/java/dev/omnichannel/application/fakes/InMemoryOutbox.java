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
  public final Map<String, List<OutboxEvent>> contacts = new LinkedHashMap<>();

  public void write(String sessionId, OutboxEvent... events) {
    sessions.computeIfAbsent(sessionId, s -> new ArrayList<>()).addAll(List.of(events));
  }

  public void writeContact(String contactId, OutboxEvent... events) {
    contacts.computeIfAbsent(contactId, s -> new ArrayList<>()).addAll(List.of(events));
  }

  /** As the port says: up to {@code limit} of each kind. */
  @Override
  public List<Source> pending(int limit) {
    List<Source> sources = new ArrayList<>(pending(sessions, Source.Kind.SESSION, limit));
    sources.addAll(pending(contacts, Source.Kind.CONTACT, limit));
    return sources;
  }

  private List<Source> pending(
      Map<String, List<OutboxEvent>> outboxes, Source.Kind kind, int limit) {
    return outboxes.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .limit(limit)
        .map(
            e ->
                new Source(
                    kind, e.getKey(), lastSequence.getOrDefault(e.getKey(), 0L), e.getValue()))
        .toList();
  }

  @Override
  public void drained(List<Drained> drained) {
    for (Drained d : drained) {
      (d.source().kind() == Source.Kind.SESSION ? sessions : contacts)
          .get(d.source().id())
          .removeIf(e -> d.moved().contains(e.id()));
      lastSequence.merge(d.source().id(), d.lastSequence(), Math::max);
    }
  }
}
