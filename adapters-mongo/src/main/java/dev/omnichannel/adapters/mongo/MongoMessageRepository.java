package dev.omnichannel.adapters.mongo;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.media.KeptMedia;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.StatusUpdate;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Messages in the {@code messages} collection; each provider message once. */
@ApplicationScoped
public class MongoMessageRepository
    implements MessageRepository, PanacheMongoRepositoryBase<MessageDocument, ObjectId> {

  private final MongoStatusStore statuses;

  MongoMessageRepository(MongoStatusStore statuses) {
    this.statuses = statuses;
  }

  void createIndexes(@Observes StartupEvent ignored) {
    mongoCollection()
        .createIndexes(
            List.of(
                new IndexModel(Indexes.ascending("dedupKey"), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending("clientIdentifier", "sessionId", "sentAt")),
                new IndexModel(
                    Indexes.ascending("channelId", "contactId", "direction", "sentAt"))));
  }

  @Override
  public boolean insertIfAbsent(Message message) {
    try {
      // A step: the message's event, written next, makes it durable.
      MongoCollections.step(mongoCollection()).insertOne(MessageDocuments.toDocument(message));
      return true;
    } catch (RuntimeException e) {
      if (DuplicateKeys.isDuplicateKey(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void moveToSession(String channelId, String messageId, String sessionId) {
    mongoCollection()
        .updateOne(
            new Document("dedupKey", Message.dedupKey(channelId, messageId)),
            new Document("$set", new Document("sessionId", sessionId)));
  }

  @Override
  public Optional<Message> findByProviderId(String channelId, String messageId) {
    return find(new Document("dedupKey", Message.dedupKey(channelId, messageId)))
        .<MessageDocument>firstResultOptional()
        .map(MessageDocuments::toDomain);
  }

  @Override
  public Optional<Instant> lastInboundAt(String channelId, String contactId) {
    Document filter =
        new Document("channelId", channelId)
            .append("contactId", contactId)
            .append("direction", MessageDocuments.slug(Direction.IN));
    return find(filter, new Document("sentAt", -1))
        .<MessageDocument>firstResultOptional()
        .map(d -> d.sentAt);
  }

  @Override
  public Optional<Message> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .flatMap(
            oid ->
                find(new Document("_id", oid).append("clientIdentifier", account.value()))
                    .<MessageDocument>firstResultOptional())
        .map(MessageDocuments::toDomain);
  }

  @Override
  public Optional<Message> latestInbound(ClientIdentifier account, String sessionId) {
    // read backwards through the session's (clientIdentifier, sessionId, sentAt) index
    return find(inboundOf(account, sessionId), new Document("sentAt", -1).append("_id", -1))
        .<MessageDocument>firstResultOptional()
        .map(MessageDocuments::toDomain);
  }

  @Override
  public long inboundAfter(ClientIdentifier account, String sessionId, Instant after) {
    return count(
        inboundOf(account, sessionId).append("sentAt", new Document("$gt", Date.from(after))));
  }

  private static Document inboundOf(ClientIdentifier account, String sessionId) {
    return new Document("clientIdentifier", account.value())
        .append("sessionId", sessionId)
        .append("direction", MessageDocuments.slug(Direction.IN));
  }

  @Override
  public Page<Message> ofSession(ClientIdentifier account, String sessionId, PageRequest page) {
    Document filter =
        new Document("clientIdentifier", account.value()).append("sessionId", sessionId);
    Document oldestFirst = new Document("sentAt", 1).append("_id", 1);
    List<Message> data =
        find(filter, oldestFirst).page(page.page() - 1, page.limit()).stream()
            .map(MessageDocuments::toDomain)
            .toList();
    return new Page<>(data, page.page(), page.limit(), count(filter));
  }

  @Override
  public void keepStatus(StatusUpdate update) {
    statuses.keep(update);
  }

  /**
   * Moves the message to the most advanced kept status with one conditional update, so concurrent
   * and late statuses can only move it forward.
   */
  @Override
  public Optional<Message> applyKeptStatuses(String channelId, String messageId) {
    String dedupKey = Message.dedupKey(channelId, messageId);
    List<StatusDocument> kept = statuses.of(dedupKey);
    Optional<MessageStatus> target =
        MessageStatus.winner(
            kept.stream()
                .map(s -> MessageStatus.valueOf(s.status.toUpperCase(Locale.ROOT)))
                .toList());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Document set = MessageDocuments.status(target.get(), kept);
    long moved =
        mongoCollection()
            .updateOne(
                new Document("dedupKey", dedupKey)
                    .append(
                        "status",
                        new Document(
                            "$in",
                            MessageStatus.predecessorsOf(target.get()).stream()
                                .map(MessageDocuments::slug)
                                .toList())),
                new Document("$set", set))
            .getModifiedCount();
    return moved == 0 ? Optional.empty() : findByProviderId(channelId, messageId);
  }

  @Override
  public void saveReactions(Message message) {
    mongoCollection()
        .updateOne(
            new Document("dedupKey", message.dedupKey()),
            new Document("$set", new Document("reactions", MessageDocuments.reactions(message))));
  }

  @Override
  public void saveKeptMedia(String channelId, String messageId, KeptMedia kept) {
    mongoCollection()
        .updateOne(
            new Document("dedupKey", Message.dedupKey(channelId, messageId)),
            new Document("$set", new Document("details.kept", MessageExtrasDocuments.kept(kept))));
  }

  @Override
  public void saveEdit(Message message) {
    mongoCollection()
        .updateOne(
            new Document("dedupKey", message.dedupKey()),
            new Document(
                "$set",
                new Document("text", message.text())
                    .append("editedAt", java.util.Date.from(message.edits().editedAt()))
                    .append("edits", message.edits().earlier())));
  }
}
