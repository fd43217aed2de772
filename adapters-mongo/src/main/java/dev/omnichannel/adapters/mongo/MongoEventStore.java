package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * The feed in {@code events} ({@code _id} = event id, {@code feedSeq} unique) and its committed
 * position in {@code event_feed}, which only the router holding the newest lease epoch moves.
 */
@ApplicationScoped
public class MongoEventStore implements EventStore {

  private static final String FEED = "feed";

  private static final String RETIRED_INDEX = "timestamp_1";

  private final MongoCollection<Document> events;
  private final MongoCollection<Document> feed;
  private final RecentEvents recent = new RecentEvents();

  MongoEventStore(MongoCollections collections) {
    this.events = collections.get("events");
    this.feed = collections.get("event_feed");
  }

  void createIndexes(@Observes StartupEvent ignored) {
    events.createIndexes(EventDocuments.INDEXES);
    // Until 2026-11-27 a TTL index on the time alone forgot old events on a real MongoDB: it cost
    // every event written an index entry (a twentieth of the embedded store's live data), and the
    // hourly cleanup, which runs on every store, now walks the feed's order instead.
    for (Document index : events.listIndexes()) {
      if (RETIRED_INDEX.equals(index.getString("name"))) {
        events.dropIndex(RETIRED_INDEX);
      }
    }
  }

  @Override
  public void insertIfAbsent(List<StoredEvent> stored) {
    // A step: the feed's commit after it is journaled (EventRouter).
    boolean allNew =
        DuplicateKeys.insertAllowingDuplicates(
            MongoCollections.step(events),
            stored.stream().map(EventDocuments::toDocument).toList(),
            d -> events.find(new Document("_id", d.getString("_id"))).first() != null);
    if (allNew) { // an event there already may differ (its feedSeq): only new ones are kept
      stored.forEach(recent::remember);
    }
  }

  @Override
  public Map<EventId, StoredEvent> find(Collection<EventId> ids) {
    Map<EventId, StoredEvent> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    events
        .find(new Document("_id", new Document("$in", ids.stream().map(EventId::value).toList())))
        .forEach(d -> found.put(new EventId(d.getString("_id")), EventDocuments.toDomain(d)));
    return found;
  }

  @Override
  public long lastFeedSeq() {
    Document last = events.find().sort(new Document("feedSeq", -1)).limit(1).first();
    return last == null ? 0 : last.get("feedSeq", Number.class).longValue();
  }

  @Override
  public void commit(long feedSeq, long epoch) {
    try {
      feed.updateOne(
          new Document("_id", FEED).append("epoch", new Document("$lte", epoch)),
          new Document("$max", new Document("committed", feedSeq))
              .append("$set", new Document("epoch", epoch)),
          new UpdateOptions().upsert(true));
    } catch (RuntimeException e) {
      if (!DuplicateKeys.isDuplicateKey(e)) {
        throw e; // a newer router holds the feed: this one's word does not count
      }
    }
  }

  @Override
  public long committed() {
    Document state = feed.find(new Document("_id", FEED)).first();
    return state == null ? 0 : state.get("committed", Number.class).longValue();
  }

  @Override
  public List<StoredEvent> feed(
      ClientIdentifier account,
      long afterFeedSeq,
      int limit,
      Set<EventType> types,
      String sessionId) {
    Document filter =
        new Document("clientIdentifier", account.value())
            .append("feedSeq", new Document("$gt", afterFeedSeq).append("$lte", committed()));
    if (types != null && !types.isEmpty()) {
      filter.append("type", new Document("$in", types.stream().map(EventType::wireName).toList()));
    }
    if (sessionId != null) {
      filter.append("sessionId", sessionId);
    }
    return list(filter, limit);
  }

  @Override
  public List<StoredEvent> tail(long afterFeedSeq, int limit) {
    return list(
        new Document("feedSeq", new Document("$gt", afterFeedSeq).append("$lte", committed())),
        limit);
  }

  @Override
  public List<StoredEvent> window(
      ClientIdentifier account, Instant since, Instant until, Set<EventType> types, int limit) {
    Document filter =
        new Document("clientIdentifier", account.value())
            .append(
                "timestamp",
                new Document("$gte", Date.from(since)).append("$lt", Date.from(until)));
    if (types != null && !types.isEmpty()) {
      filter.append("type", new Document("$in", types.stream().map(EventType::wireName).toList()));
    }
    return list(filter, limit);
  }

  private List<StoredEvent> list(Document filter, int limit) {
    List<StoredEvent> found = new ArrayList<>();
    events
        .find(filter)
        .sort(new Document("feedSeq", 1))
        .limit(limit)
        .forEach(d -> found.add(EventDocuments.toDomain(d)));
    return found;
  }

  @Override
  public Optional<StoredEvent> find(ClientIdentifier account, EventId id) {
    return recent
        .find(id)
        .or(
            () ->
                Optional.ofNullable(events.find(new Document("_id", id.value())).first())
                    .map(EventDocuments::toDomain))
        .filter(e -> account.equals(e.account()));
  }

  @Override
  public long deleteOlderThan(Instant before) {
    return EventForgetting.olderThan(events, before);
  }
}
