package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformRepository;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.IdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The deliveries of a router pass: one per event and platform that receives it, due now. */
final class RoutedDeliveries {

  private RoutedDeliveries() {}

  static List<Delivery> of(
      Collection<StoredEvent> events, PlatformRepository platforms, IdGenerator ids, Instant now) {
    List<Delivery> created = new ArrayList<>();
    Map<ClientIdentifier, List<Platform>> byAccount = new HashMap<>();
    for (StoredEvent e : events) {
      for (Platform p : byAccount.computeIfAbsent(e.account(), platforms::list)) {
        if (p.receives(e.type(), e.platforms())) {
          created.add(
              Delivery.due(ids.newId(), Delivery.routedKey(e.id(), p.id()), e, p.id(), now));
        }
      }
    }
    return created;
  }
}
