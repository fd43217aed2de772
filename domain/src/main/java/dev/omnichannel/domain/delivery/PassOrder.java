package dev.omnichannel.domain.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deliveries one router pass creates, in the order their platforms must get them: of the ones
 * of one platform and order key, only the first is due at once; each later one starts parked until
 * {@code parkedUntil} (a fallback) behind the one before it, which is awaited, so that its finish
 * wakes the next — what the dispatcher's parking would otherwise write after a worker had claimed
 * the later one while the earlier was in flight (a new session's {@code session.opened} and first
 * {@code message.received} are routed together).
 *
 * @param deliveries every delivery of the pass, the later ones of an order parked
 * @param awaited the ids of those a later one of their order waits for
 */
public record PassOrder(List<Delivery> deliveries, Set<String> awaited) {

  public PassOrder {
    deliveries = List.copyOf(deliveries);
    awaited = Set.copyOf(awaited);
  }

  /** How many of the deliveries are due at once: the first of each order, the rest are parked. */
  public int dueNow() {
    return deliveries.size() - awaited.size();
  }

  public static PassOrder of(List<Delivery> created, Instant parkedUntil) {
    Map<String, List<Delivery>> byOrder = new LinkedHashMap<>();
    for (Delivery d : created) {
      byOrder.computeIfAbsent(d.platformId() + "\n" + d.orderKey(), k -> new ArrayList<>()).add(d);
    }
    List<Delivery> ordered = new ArrayList<>();
    Set<String> awaited = new HashSet<>();
    for (List<Delivery> order : byOrder.values()) {
      order.sort(Comparator.comparingLong(Delivery::feedSeq));
      for (int i = 0; i < order.size(); i++) {
        Delivery d = order.get(i);
        ordered.add(i == 0 ? d : d.parkedUntil(parkedUntil));
        if (i < order.size() - 1) {
          awaited.add(d.id());
        }
      }
    }
    return new PassOrder(ordered, awaited);
  }
}
