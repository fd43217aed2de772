package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * What is read of {@code deliveries} besides the dispatcher's claims: a platform's log, the
 * backlog.
 */
final class DeliveryReads {

  private static final String PENDING = DeliveryDocuments.slug(DeliveryStatus.PENDING);

  private final MongoCollection<Document> deliveries;

  DeliveryReads(MongoCollection<Document> deliveries) {
    this.deliveries = deliveries;
  }

  Optional<Delivery> find(ClientIdentifier account, String platformId, String id) {
    return ObjectIds.parse(id)
        .map(oid -> deliveries.find(new Document("_id", oid)).first())
        .filter(
            d ->
                account.value().equals(d.getString("clientIdentifier"))
                    && platformId.equals(d.getString("platformId")))
        .map(DeliveryDocuments::toDomain);
  }

  Page<Delivery> log(String platformId, DeliveryStatus status, PageRequest page) {
    Document filter = new Document("platformId", platformId);
    if (status != null) {
      filter.append("status", DeliveryDocuments.slug(status));
    }
    List<Delivery> data = new ArrayList<>();
    deliveries
        .find(filter)
        .sort(new Document("createdAt", -1).append("_id", -1))
        .skip((int) page.offset())
        .limit(page.limit())
        .forEach(d -> data.add(DeliveryDocuments.toDomain(d)));
    return new Page<>(data, page.page(), page.limit(), deliveries.countDocuments(filter));
  }

  Optional<Instant> oldestDue(Instant now) {
    return Optional.ofNullable(
            deliveries
                .find(
                    new Document("status", PENDING)
                        .append("nextAttemptAt", new Document("$lte", Date.from(now))))
                .sort(new Document("nextAttemptAt", 1))
                .limit(1)
                .first())
        .map(d -> d.getDate("nextAttemptAt").toInstant());
  }

  long pendingCount() {
    return deliveries.countDocuments(new Document("status", PENDING));
  }
}
