package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Work in a collection claimed with a lease (event deliveries, media fetches): the earliest due
 * {@code pending} document gets its {@code nextAttemptAt} pushed past the lease and the claim's
 * {@code leaseId}, in one write. A claim lost with a crash only makes the work due again once the
 * lease runs out; replicas see a claim at once.
 */
final class LeasedClaims {

  private LeasedClaims() {}

  static Optional<Document> claimDue(
      MongoCollection<Document> work, Instant now, Duration lease, String leaseId) {
    // Not journaled: losing a claim only lets the work be tried again.
    return Optional.ofNullable(
        MongoCollections.step(work)
            .findOneAndUpdate(
                new Document("status", "pending")
                    .append("nextAttemptAt", new Document("$lte", Date.from(now))),
                new Document(
                    "$set",
                    new Document("nextAttemptAt", Date.from(now.plus(lease)))
                        .append("leaseId", leaseId)),
                new FindOneAndUpdateOptions()
                    .sort(new Document("nextAttemptAt", 1))
                    .returnDocument(ReturnDocument.AFTER)));
  }
}
