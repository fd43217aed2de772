package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Deliveries in {@code deliveries}, unique by {@code key}. A claim moves {@code nextAttemptAt} to
 * the end of its lease and sets {@code leaseId}; only writes naming that lease record the attempt,
 * so a replica whose lease ran out cannot overwrite the one that took over.
 *
 * <p>A delivery's writes (claim, result, release, waking the next) are not journaled ({@link
 * MongoCollections#STEP}): on the embedded store they reach the disk with the next commit, within
 * 100 ms. A result lost with a crash only sends the same event again (same {@code webhook-id}),
 * which a Standard Webhooks receiver takes anyway, as after a crash during the call; journaling
 * each cost a commit per delivery and most of the bytes the store wrote (docs/performance.md).
 */
@ApplicationScoped
public class MongoDeliveryRepository implements DeliveryRepository {

  private static final String PENDING = slug(DeliveryStatus.PENDING);

  private final MongoCollection<Document> deliveries;

  /** The same collection for a delivery's own writes, which are steps (see above). */
  private final MongoCollection<Document> steps;

  MongoDeliveryRepository(MongoCollections collections) {
    this.deliveries = collections.get("deliveries");
    this.steps = MongoCollections.step(deliveries);
  }

  void createIndexes(@Observes StartupEvent ignored) {
    deliveries.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
    deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
    deliveries.createIndex(Indexes.ascending("platformId", "orderKey", "status", "feedSeq"));
    deliveries.createIndex(Indexes.ascending("platformId", "createdAt"));
    // the hourly cleanup reads only the deliveries old enough to forget, not the collection
    deliveries.createIndex(Indexes.ascending("createdAt"));
  }

  @Override
  public void createIfAbsent(List<Delivery> created) {
    // A step: the feed's commit after it is journaled (EventRouter).
    DuplicateKeys.insertAllowingDuplicates(
        steps,
        created.stream().map(MongoDeliveryRepository::toDocument).toList(),
        d -> deliveries.find(new Document("key", d.getString("key"))).first() != null);
  }

  @Override
  public Optional<Delivery> claimDue(Instant now, Duration lease, String leaseId) {
    // at least once, as Standard Webhooks receivers expect
    return LeasedClaims.claimDue(deliveries, now, lease, leaseId)
        .map(MongoDeliveryRepository::toDomain);
  }

  @Override
  public Optional<Delivery> earlierPending(Delivery d) {
    return Optional.ofNullable(
            deliveries
                .find(
                    new Document("platformId", d.platformId())
                        .append("orderKey", d.orderKey())
                        .append("status", PENDING)
                        .append("feedSeq", new Document("$lt", d.feedSeq())))
                .sort(new Document("feedSeq", 1))
                .limit(1)
                .first())
        .map(MongoDeliveryRepository::toDomain);
  }

  @Override
  public void release(Delivery d, String leaseId, Instant at) {
    steps.updateOne(
        held(d, leaseId),
        new Document("$set", new Document("nextAttemptAt", Date.from(at)))
            .append("$unset", new Document("leaseId", "")));
  }

  @Override
  public boolean record(
      Delivery d, String leaseId, Attempt attempt, Delivery.Outcome outcome, int keptAttempts) {
    Document set = new Document("status", slug(outcome.status()));
    if (d.retryingSince() == null) {
      set.append("retryingSince", Date.from(attempt.at()));
    }
    Document unset = new Document("leaseId", "");
    if (outcome.nextAttemptAt() != null) {
      set.append("nextAttemptAt", Date.from(outcome.nextAttemptAt()));
    } else {
      unset.append("nextAttemptAt", "");
    }
    Document update =
        new Document("$set", set)
            .append("$unset", unset)
            .append(
                "$push",
                new Document(
                    "attempts",
                    new Document("$each", List.of(toDocument(attempt)))
                        .append("$slice", -keptAttempts)));
    return steps.updateOne(held(d, leaseId), update).getMatchedCount() == 1;
  }

  private static Document held(Delivery d, String leaseId) {
    return new Document("_id", new ObjectId(d.id()))
        .append("leaseId", leaseId)
        .append("status", PENDING);
  }

  @Override
  public void wakeNext(Delivery d, Instant now) {
    steps.findOneAndUpdate(
        new Document("platformId", d.platformId())
            .append("orderKey", d.orderKey())
            .append("status", PENDING)
            .append("leaseId", new Document("$exists", false))
            .append("feedSeq", new Document("$gt", d.feedSeq())),
        new Document("$min", new Document("nextAttemptAt", Date.from(now))),
        new FindOneAndUpdateOptions().sort(new Document("feedSeq", 1)));
  }

  @Override
  public Optional<Delivery> find(ClientIdentifier account, String platformId, String id) {
    return ObjectIds.parse(id)
        .map(oid -> deliveries.find(new Document("_id", oid)).first())
        .filter(
            d ->
                account.value().equals(d.getString("clientIdentifier"))
                    && platformId.equals(d.getString("platformId")))
        .map(MongoDeliveryRepository::toDomain);
  }

  @Override
  public Page<Delivery> log(
      ClientIdentifier account, String platformId, DeliveryStatus status, PageRequest page) {
    Document filter = new Document("platformId", platformId);
    if (status != null) {
      filter.append("status", slug(status));
    }
    List<Delivery> data = new ArrayList<>();
    deliveries
        .find(filter)
        .sort(new Document("createdAt", -1).append("_id", -1))
        .skip((int) page.offset())
        .limit(page.limit())
        .forEach(d -> data.add(toDomain(d)));
    return new Page<>(data, page.page(), page.limit(), deliveries.countDocuments(filter));
  }

  @Override
  public boolean retry(Delivery d, Instant now) {
    return deliveries
            .updateOne(
                new Document("_id", new ObjectId(d.id()))
                    .append(
                        "status",
                        new Document(
                            "$in",
                            List.of(slug(DeliveryStatus.FAILED), slug(DeliveryStatus.CANCELLED)))),
                new Document(
                    "$set",
                    new Document("status", PENDING)
                        .append("nextAttemptAt", Date.from(now))
                        .append("retryingSince", Date.from(now))))
            .getModifiedCount()
        == 1;
  }

  @Override
  public long cancelPending(String platformId) {
    return deliveries
        .updateMany(
            new Document("platformId", platformId).append("status", PENDING),
            new Document("$set", new Document("status", slug(DeliveryStatus.CANCELLED)))
                .append("$unset", new Document("nextAttemptAt", "").append("leaseId", "")))
        .getModifiedCount();
  }

  @Override
  public Optional<Instant> oldestDue(Instant now) {
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

  @Override
  public long pendingCount() {
    return deliveries.countDocuments(new Document("status", PENDING));
  }

  @Override
  public long deleteFinishedBefore(Instant before) {
    return deliveries
        .deleteMany(
            new Document("status", new Document("$ne", PENDING))
                .append("createdAt", new Document("$lt", Date.from(before))))
        .getDeletedCount();
  }

  private static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static Document toDocument(Delivery d) {
    return new Document("_id", new ObjectId(d.id()))
        .append("key", d.key())
        .append("eventId", d.eventId().value())
        .append("type", d.type().wireName())
        .append("platformId", d.platformId())
        .append("clientIdentifier", d.account().value())
        .append("orderKey", d.orderKey())
        .append("feedSeq", d.feedSeq())
        .append("status", slug(d.status()))
        .append("attempts", d.attempts().stream().map(MongoDeliveryRepository::toDocument).toList())
        .append("nextAttemptAt", d.nextAttemptAt() == null ? null : Date.from(d.nextAttemptAt()))
        .append("createdAt", Date.from(d.createdAt()))
        .append("retryingSince", d.retryingSince() == null ? null : Date.from(d.retryingSince()));
  }

  private static Document toDocument(Attempt a) {
    return new Document("at", Date.from(a.at()))
        .append("statusCode", a.statusCode())
        .append("durationMs", a.durationMs())
        .append("error", a.error());
  }

  private static Delivery toDomain(Document d) {
    Date next = d.getDate("nextAttemptAt");
    Date since = d.getDate("retryingSince");
    return new Delivery(
        d.getObjectId("_id").toHexString(),
        d.getString("key"),
        new EventId(d.getString("eventId")),
        EventType.fromWireName(d.getString("type")).orElseThrow(),
        d.getString("platformId"),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("orderKey"),
        d.get("feedSeq", Number.class).longValue(),
        DeliveryStatus.valueOf(d.getString("status").toUpperCase(Locale.ROOT)),
        d.getList("attempts", Document.class, List.of()).stream()
            .map(
                a ->
                    new Attempt(
                        a.getDate("at").toInstant(),
                        a.getInteger("statusCode"),
                        a.get("durationMs", Number.class).longValue(),
                        a.getString("error")))
            .toList(),
        next == null ? null : next.toInstant(),
        d.getDate("createdAt").toInstant(),
        since == null ? null : since.toInstant());
  }
}
