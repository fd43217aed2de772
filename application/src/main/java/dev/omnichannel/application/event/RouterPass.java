package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.OutboxRepository.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a router pass did: the events it moved into the feed, the deliveries it made due at once,
 * and whether it took a full batch (then more may be waiting already).
 */
record RouterPass(int moved, int due, boolean full) {

  static final RouterPass NONE = new RouterPass(0, 0, false);

  RouterPass full(boolean full) {
    return new RouterPass(moved, due, full);
  }

  /** Whether a kind of source filled its batch: the outbox reads up to a batch of each kind. */
  static boolean full(List<Source> sources, int batch) {
    Map<Source.Kind, Integer> counts = new HashMap<>();
    sources.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
    return counts.values().stream().anyMatch(n -> n >= batch);
  }
}
