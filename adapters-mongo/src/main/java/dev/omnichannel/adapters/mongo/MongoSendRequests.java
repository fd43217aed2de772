package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.omnichannel.domain.outbound.RequestInProgressException;
import dev.omnichannel.domain.outbound.SendRequests;
import dev.omnichannel.domain.shared.ClientIdentifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency keys in {@code send_requests}, one document per account and key ({@code _id}), so the
 * unique {@code _id} decides which of two concurrent requests sends.
 */
@ApplicationScoped
public class MongoSendRequests implements SendRequests {

  private final MongoCollection<Document> requests;

  MongoSendRequests(
      com.mongodb.client.MongoClient client,
      @ConfigProperty(name = "quarkus.mongodb.database") String database) {
    MongoDatabase db = client.getDatabase(database);
    this.requests = db.getCollection("send_requests");
  }

  @Override
  public Optional<Answer> claim(ClientIdentifier account, String key, Instant now) {
    String id = id(account, key);
    try {
      requests.insertOne(
          new Document("_id", id).append("status", "pending").append("claimedAt", Date.from(now)));
      return Optional.empty();
    } catch (RuntimeException e) {
      if (!DuplicateKeys.isDuplicateKey(e)) {
        throw e;
      }
    }
    Document existing = requests.find(new Document("_id", id)).first();
    if (existing == null) {
      return claim(account, key, now); // released in between: claim again
    }
    if ("completed".equals(existing.getString("status"))) {
      return Optional.of(
          new Answer(existing.getString("sessionId"), existing.getString("messageId")));
    }
    Date claimedAt = existing.getDate("claimedAt");
    if (claimedAt.toInstant().plus(CLAIM_TIMEOUT).isBefore(now)) {
      // A claim nobody completed (the sender crashed): take it over, once.
      long taken =
          requests
              .updateOne(
                  new Document("_id", id)
                      .append("status", "pending")
                      .append("claimedAt", claimedAt),
                  new Document("$set", new Document("claimedAt", Date.from(now))))
              .getModifiedCount();
      if (taken == 1) {
        return Optional.empty();
      }
    }
    throw new RequestInProgressException();
  }

  @Override
  public void complete(ClientIdentifier account, String key, Answer answer) {
    requests.updateOne(
        new Document("_id", id(account, key)),
        new Document(
            "$set",
            new Document("status", "completed")
                .append("sessionId", answer.sessionId())
                .append("messageId", answer.messageId())));
  }

  @Override
  public void release(ClientIdentifier account, String key) {
    requests.deleteOne(new Document("_id", id(account, key)).append("status", "pending"));
  }

  private static String id(ClientIdentifier account, String key) {
    return account.value() + ":" + key;
  }
}
