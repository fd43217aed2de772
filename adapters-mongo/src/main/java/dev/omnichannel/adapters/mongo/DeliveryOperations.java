package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The writes to {@code deliveries} besides the dispatcher's and the router's: an operator's retry,
 * a deleted platform's pending ones cancelled, and the hourly forgetting of finished ones. Each is
 * journaled (the collection's own write concern), unlike the dispatcher's steps.
 */
final class DeliveryOperations {

  private static final String PENDING = DeliveryDocuments.slug(DeliveryStatus.PENDING);

  private final MongoCollection<Document> deliveries;

  DeliveryOperations(MongoCollection<Document> deliveries) {
    this.deliveries = deliveries;
  }

  boolean retry(Delivery d, Instant now) {
    return deliveries
            .updateOne(
                new Document("_id", new ObjectId(d.id()))
                    .append(
                        "status",
                        new Document(
                            "$in",
                            List.of(
                                DeliveryDocuments.slug(DeliveryStatus.FAILED),
                                DeliveryDocuments.slug(DeliveryStatus.CANCELLED)))),
                new Document(
                    "$set",
                    new Document("status", PENDING)
                        .append("nextAttemptAt", Date.from(now))
                        .append("retryingSince", Date.from(now))))
            .getModifiedCount()
        == 1;
  }

  long cancelPending(String platformId) {
    return deliveries
        .updateMany(
            new Document("platformId", platformId).append("status", PENDING),
            new Document(
                    "$set",
                    new Document("status", DeliveryDocuments.slug(DeliveryStatus.CANCELLED)))
                .append("$unset", new Document("nextAttemptAt", "").append("leaseId", "")))
        .getModifiedCount();
  }

  long deleteFinishedBefore(Instant before) {
    return deliveries
        .deleteMany(
            new Document("status", new Document("$ne", PENDING))
                .append("createdAt", new Document("$lt", Date.from(before))))
        .getDeletedCount();
  }
}
