package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Files to fetch and kept in {@code media}, by the message's id. A pending one due is claimed by
 * pushing its {@code nextAttemptAt} past the lease and naming the claim ({@code leaseId}), like
 * event deliveries: a crash leaves it due again once the lease runs out.
 */
@ApplicationScoped
public class MongoMediaRepository implements MediaRepository {

  private static final String PENDING = "pending";

  private final MongoCollection<Document> media;

  MongoMediaRepository(MongoCollections collections) {
    this.media = collections.get("media");
  }

  void createIndexes(@Observes StartupEvent ignored) {
    media.createIndex(Indexes.ascending("status", "nextAttemptAt"));
  }

  @Override
  public boolean insertIfAbsent(MediaFile file) {
    // A step of the inbound message: its event, written last, makes it durable.
    return MongoCollections.step(media)
            .updateOne(
                new Document("_id", new ObjectId(file.id())),
                new Document("$setOnInsert", toDocument(file)),
                new com.mongodb.client.model.UpdateOptions().upsert(true))
            .getUpsertedId()
        != null;
  }

  @Override
  public Optional<MediaFile> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .map(oid -> media.find(new Document("_id", oid)).first())
        .filter(d -> account.value().equals(d.getString("clientIdentifier")))
        .map(MongoMediaRepository::toDomain);
  }

  @Override
  public Optional<MediaFile> claimDue(Instant now, Duration lease, String leaseId) {
    return LeasedClaims.claimDue(media, now, lease, leaseId).map(MongoMediaRepository::toDomain);
  }

  @Override
  public boolean save(MediaFile file, String leaseId) {
    MediaFile.Fetching f = file.fetching();
    Document set =
        new Document("status", f.status().name().toLowerCase(Locale.ROOT))
            .append("attempts", f.attempts())
            .append(
                "nextAttemptAt", f.nextAttemptAt() == null ? null : Date.from(f.nextAttemptAt()))
            .append("size", f.size())
            .append("sha256", f.sha256())
            .append("storeId", f.storeId())
            .append("error", f.error());
    return media
            .updateOne(
                new Document("_id", new ObjectId(file.id())).append("leaseId", leaseId),
                new Document("$set", set).append("$unset", new Document("leaseId", "")))
            .getMatchedCount()
        == 1;
  }

  private static Document toDocument(MediaFile f) {
    return new Document("clientIdentifier", f.account().value())
        .append("channelId", f.channelId())
        .append("sessionId", f.sessionId())
        .append("messageId", f.messageId())
        .append("source", f.source())
        .append("mimeType", f.described().mimeType())
        .append("filename", f.described().filename())
        .append("expectedSha256", f.described().sha256())
        .append("status", PENDING)
        .append("attempts", 0)
        .append("nextAttemptAt", Date.from(f.fetching().nextAttemptAt()))
        .append("createdAt", Date.from(f.createdAt()));
  }

  private static MediaFile toDomain(Document d) {
    Number size = d.get("size", Number.class);
    return new MediaFile(
        d.getObjectId("_id").toHexString(),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("channelId"),
        d.getString("sessionId"),
        d.getString("messageId"),
        d.getString("source"),
        new MediaFile.Described(
            d.getString("mimeType"), d.getString("filename"), d.getString("expectedSha256")),
        new MediaFile.Fetching(
            MediaStatus.valueOf(d.getString("status").toUpperCase(Locale.ROOT)),
            d.getInteger("attempts", 0),
            instant(d.getDate("nextAttemptAt")),
            size == null ? null : size.longValue(),
            d.getString("sha256"),
            d.getString("storeId"),
            d.getString("error")),
        instant(d.getDate("createdAt")));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
