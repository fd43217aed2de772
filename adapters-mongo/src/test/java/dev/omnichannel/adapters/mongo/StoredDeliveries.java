package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/** Deliveries of one account to one platform ({@code "platform"}), for the store's tests. */
final class StoredDeliveries {

  static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("6f1c1e0a-3b1e-4c1e-9a57-0d1c0f3a2b10");

  private StoredDeliveries() {}

  /**
   * A delivery under {@code key}, of its own order, created at {@code createdAt}: due then when
   * pending, else with one answered attempt.
   */
  static Delivery delivery(String key, DeliveryStatus status, Instant createdAt) {
    boolean pending = status == DeliveryStatus.PENDING;
    return new Delivery(
        new ObjectId().toHexString(),
        key,
        new EventId("evt_" + new ObjectId().toHexString() + "00000000"),
        EventType.MESSAGE_RECEIVED,
        "platform",
        ACCOUNT,
        "order-" + key,
        1,
        status,
        pending ? List.of() : List.of(new Attempt(createdAt, 200, 5, null)),
        pending ? createdAt : null,
        createdAt,
        null);
  }
}
