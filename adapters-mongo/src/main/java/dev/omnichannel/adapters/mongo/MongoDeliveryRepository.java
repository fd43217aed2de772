package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  private static final String PENDING = DeliveryDocuments.slug(DeliveryStatus.PENDING);

  /** Set on a pending delivery a later one of its order waits for (parked behind it). */
  private static final String AWAITED = "awaited";

  private final MongoCollection<Document> deliveries;

  /** The same collection for a delivery's own writes, which are steps (see above). */
  private final MongoCollection<Document> steps;

  private final DeliveryReads reads;
  private final DeliveryOperations operations;

  MongoDeliveryRepository(MongoCollections collections) {
    this.deliveries = collections.get("deliveries");
    this.steps = MongoCollections.step(deliveries);
    this.reads = new DeliveryReads(deliveries);
    this.operations = new DeliveryOperations(deliveries);
  }

  void createIndexes(@Observes StartupEvent ignored) {
    deliveries.createIndexes(DeliveryDocuments.INDEXES);
  }

  @Override
  public void createIfAbsent(List<Delivery> created, Set<String> awaited) {
    // A step: the feed's commit after it is journaled (EventRouter).
    DuplicateKeys.insertAllowingDuplicates(
        steps,
        created.stream()
            .map(
                d ->
                    awaited.contains(d.id())
                        ? DeliveryDocuments.toDocument(d).append(AWAITED, true)
                        : DeliveryDocuments.toDocument(d))
            .toList(),
        d -> deliveries.find(new Document("key", d.getString("key"))).first() != null);
  }

  @Override
  public Optional<Delivery> claimDue(Instant now, Duration lease, String leaseId) {
    // at least once, as Standard Webhooks receivers expect
    return LeasedClaims.claimDue(deliveries, now, lease, leaseId).map(DeliveryDocuments::toDomain);
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
        .map(DeliveryDocuments::toDomain);
  }

  @Override
  public void release(Delivery d, String leaseId, Instant at) {
    steps.updateOne(
        held(d, leaseId),
        new Document("$set", new Document("nextAttemptAt", Date.from(at)))
            .append("$unset", new Document("leaseId", "")));
  }

  @Override
  public Recorded record(
      Delivery d, String leaseId, Attempt attempt, Delivery.Outcome outcome, int keptAttempts) {
    Document set = new Document("status", DeliveryDocuments.slug(outcome.status()));
    if (outcome.retryingSince() != null) {
      set.append("retryingSince", Date.from(outcome.retryingSince()));
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
                    new Document("$each", List.of(DeliveryDocuments.toDocument(attempt)))
                        .append("$slice", -keptAttempts)));
    Document before =
        steps.findOneAndUpdate(
            held(d, leaseId),
            update,
            new FindOneAndUpdateOptions().projection(new Document(AWAITED, 1)));
    return before == null ? Recorded.LOST : new Recorded(true, before.getBoolean(AWAITED, false));
  }

  @Override
  public void markAwaited(Delivery earlier) {
    steps.updateOne(
        new Document("_id", new ObjectId(earlier.id())).append("status", PENDING),
        new Document("$set", new Document(AWAITED, true)));
  }

  private static Document held(Delivery d, String leaseId) {
    return new Document("_id", new ObjectId(d.id()))
        .append("leaseId", leaseId)
        .append("status", PENDING);
  }

  @Override
  public boolean wakeNext(Delivery d, Instant at) {
    return steps.findOneAndUpdate(
            new Document("platformId", d.platformId())
                .append("orderKey", d.orderKey())
                .append("status", PENDING)
                .append("leaseId", new Document("$exists", false))
                .append("feedSeq", new Document("$gt", d.feedSeq())),
            new Document("$min", new Document("nextAttemptAt", Date.from(at)))
                .append("$set", new Document(AWAITED, true)),
            new FindOneAndUpdateOptions()
                .sort(new Document("feedSeq", 1))
                .projection(new Document("_id", 1)))
        != null;
  }

  @Override
  public Optional<Delivery> find(ClientIdentifier account, String platformId, String id) {
    return reads.find(account, platformId, id);
  }

  @Override
  public Page<Delivery> log(
      ClientIdentifier account, String platformId, DeliveryStatus status, PageRequest page) {
    return reads.log(platformId, status, page);
  }

  @Override
  public Optional<Instant> oldestDue(Instant now) {
    return reads.oldestDue(now);
  }

  @Override
  public long pendingCount() {
    return reads.pendingCount();
  }

  @Override
  public boolean retry(Delivery d, Instant now) {
    return operations.retry(d, now);
  }

  @Override
  public long cancelPending(String platformId) {
    return operations.cancelPending(platformId);
  }

  @Override
  public long deleteFinishedBefore(Instant before) {
    return operations.deleteFinishedBefore(before);
  }
}
