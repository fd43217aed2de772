package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import dev.omnichannel.domain.delivery.Leases;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;
import org.bson.Document;

/**
 * Leases in {@code leases}, one document per name: its owner, until when, and an epoch raised at
 * each change of owner. Renewing and taking over are conditional writes, so two replicas never both
 * believe they hold it after the same write. Not journaled ({@link MongoCollections#STEP}): a
 * renewal lost with a crash died with its holder, and the work done under a lease ends with a
 * journaled write that covers it.
 */
@ApplicationScoped
public class MongoLeases implements Leases {

  private static final FindOneAndUpdateOptions AFTER =
      new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

  private final MongoCollection<Document> leases;

  MongoLeases(MongoCollections collections) {
    this.leases = MongoCollections.step(collections.get("leases"));
  }

  @Override
  public OptionalLong acquire(String name, String owner, Instant now, Duration length) {
    Date until = Date.from(now.plus(length));
    Document renewed =
        leases.findOneAndUpdate(
            new Document("_id", name).append("owner", owner),
            new Document("$set", new Document("until", until)),
            AFTER);
    if (renewed != null) {
      return OptionalLong.of(renewed.get("epoch", Number.class).longValue());
    }
    Document taken =
        leases.findOneAndUpdate(
            new Document("_id", name).append("until", new Document("$lte", Date.from(now))),
            new Document("$set", new Document("owner", owner).append("until", until))
                .append("$inc", new Document("epoch", 1L)),
            AFTER);
    if (taken != null) {
      return OptionalLong.of(taken.get("epoch", Number.class).longValue());
    }
    try {
      leases.insertOne(
          new Document("_id", name)
              .append("owner", owner)
              .append("until", until)
              .append("epoch", 1L));
      return OptionalLong.of(1);
    } catch (RuntimeException e) {
      if (DuplicateKeys.isDuplicateKey(e)) {
        return OptionalLong.empty();
      }
      throw e;
    }
  }
}
