package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionActivity;
import dev.omnichannel.domain.session.SessionQuery;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.session.SessionStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions in {@code sessions}, each with its outbox. {@code activeKey} ({@code
 * channelId:contactId}) exists only while the session is active; a sparse unique index on it keeps
 * one active session per contact and channel, and a finish removes it in the write that also
 * records {@code session.finished}.
 */
@ApplicationScoped
public class MongoSessionRepository implements SessionRepository {

  private static final int ATTEMPTS = 3;
  private static final String ACTIVE = "active";

  private final MongoCollection<Document> sessions;

  MongoSessionRepository(
      MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
    this.sessions = client.getDatabase(database).getCollection("sessions");
  }

  void createIndexes(@Observes StartupEvent ignored) {
    sessions.createIndex(
        Indexes.ascending("activeKey"), new IndexOptions().unique(true).sparse(true));
    sessions.createIndex(
        Indexes.ascending(OutboxDocuments.PENDING), new IndexOptions().sparse(true));
    // The inbox: an account's sessions by latest activity (the embedded store ignores these).
    sessions.createIndex(
        Indexes.descending("clientIdentifier", "lastMessageAt", "createdAt", "_id"));
    // The inbox by status (?status=active), and its total counted from the index alone.
    sessions.createIndex(
        Indexes.compoundIndex(
            Indexes.ascending("clientIdentifier", "status"),
            Indexes.descending("lastMessageAt", "createdAt", "_id")));
    sessions.createIndex(Indexes.ascending("clientIdentifier", "contactId"));
  }

  @Override
  public Active findActiveOrOpen(
      String channelId, String contactId, SessionActivity activity, Supplier<Opening> opening) {
    Document filter = new Document("activeKey", Session.activeKey(channelId, contactId));
    for (int attempt = 1; ; attempt++) {
      Opening open = opening.get();
      Document update =
          new Document(
              "$setOnInsert", OutboxDocuments.initial(toDocument(open.session()), open.events()));
      moveActivity(update, activity);
      try {
        // A step: the use case's last write (an event in the outbox) makes it durable.
        Document stored =
            MongoCollections.step(sessions)
                .findOneAndUpdate(
                    filter,
                    update,
                    new FindOneAndUpdateOptions()
                        .upsert(true)
                        .returnDocument(ReturnDocument.AFTER));
        Session session = toDomain(stored);
        return new Active(session, session.id().equals(open.session().id()));
      } catch (RuntimeException e) {
        // Another delivery opened it at the same moment: look again.
        if (!DuplicateKeys.isDuplicateKey(e) || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void moveActivity(Document update, SessionActivity activity) {
    if (activity == null) {
      return;
    }
    Document max = new Document();
    if (activity.lastMessageAt() != null) {
      max.append("lastMessageAt", Date.from(activity.lastMessageAt()));
    }
    if (activity.lastInboundAt() != null) {
      max.append("lastInboundAt", Date.from(activity.lastInboundAt()));
    }
    if (!max.isEmpty()) {
      update.append("$max", max);
    }
  }

  @Override
  public Optional<Session> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .map(oid -> sessions.find(new Document("_id", oid)).first())
        .filter(d -> account.value().equals(d.getString("clientIdentifier")))
        .map(MongoSessionRepository::toDomain);
  }

  @Override
  public boolean appendIfActive(String sessionId, List<OutboxEvent> events) {
    return sessions
            .updateOne(
                new Document("_id", new ObjectId(sessionId)).append("status", ACTIVE),
                OutboxDocuments.push(new Document(), events))
            .getMatchedCount()
        == 1;
  }

  @Override
  public void append(String sessionId, List<OutboxEvent> events, SessionActivity activity) {
    Document update = OutboxDocuments.push(new Document(), events);
    moveActivity(update, activity);
    if (!update.isEmpty()) {
      sessions.updateOne(new Document("_id", new ObjectId(sessionId)), update);
    }
  }

  @Override
  public boolean finish(Session finished, List<OutboxEvent> events) {
    Document update =
        new Document(
                "$set",
                new Document("status", slug(SessionStatus.FINISHED))
                    .append("finishedAt", Date.from(finished.finishedAt())))
            .append("$unset", new Document("activeKey", ""));
    return changeActive(finished.id(), OutboxDocuments.push(update, events));
  }

  @Override
  public boolean transfer(Session transferred, List<OutboxEvent> events) {
    Document update =
        new Document(
            "$set",
            new Document("platform", transferred.platform())
                .append("agentId", transferred.agentId()));
    return changeActive(transferred.id(), OutboxDocuments.push(update, events));
  }

  private boolean changeActive(String id, Document update) {
    return sessions
            .updateOne(new Document("_id", new ObjectId(id)).append("status", ACTIVE), update)
            .getMatchedCount()
        == 1;
  }

  @Override
  public Page<Session> search(SessionQuery q) {
    Document filter = new Document("clientIdentifier", q.account().value());
    if (q.status() != null) {
      filter.append("status", slug(q.status()));
    }
    appendIfSet(filter, "channelId", q.channelId());
    appendIfSet(filter, "contactId", q.contactId());
    appendIfSet(filter, "platform", q.platform());
    appendIfSet(filter, "agentId", q.agentId());
    Document latestFirst =
        new Document("lastMessageAt", -1).append("createdAt", -1).append("_id", -1);
    List<Session> data = new ArrayList<>();
    sessions
        .find(filter)
        .sort(latestFirst)
        .skip((int) q.page().offset())
        .limit(q.page().limit())
        .forEach(d -> data.add(toDomain(d)));
    return new Page<>(data, q.page().page(), q.page().limit(), sessions.countDocuments(filter));
  }

  private static void appendIfSet(Document filter, String field, String value) {
    if (value != null && !value.isBlank()) {
      filter.append(field, value);
    }
  }

  private static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static Document toDocument(Session s) {
    Document d =
        new Document("_id", new ObjectId(s.id()))
            .append("clientIdentifier", s.clientIdentifier().value())
            .append("channelId", s.channelId())
            .append("contactId", s.contactId())
            .append("provider", s.provider().slug())
            .append("clientName", s.client().name())
            .append("clientProviderId", s.client().providerId())
            .append("platform", s.platform())
            .append("agentId", s.agentId())
            .append("status", slug(s.status()))
            .append("createdAt", Date.from(s.createdAt()))
            .append(OutboxDocuments.LAST_SEQUENCE, 0L);
    if (s.activeKey() != null) {
      d.append("activeKey", s.activeKey());
    }
    return d;
  }

  static Session toDomain(Document d) {
    return new Session(
        d.getObjectId("_id").toHexString(),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("channelId"),
        d.getString("contactId"),
        Provider.fromSlug(d.getString("provider")).orElseThrow(),
        new Session.SessionClient(d.getString("clientName"), d.getString("clientProviderId")),
        new Session.Assignment(d.getString("platform"), d.getString("agentId")),
        SessionStatus.valueOf(d.getString("status").toUpperCase(Locale.ROOT)),
        new SessionActivity(instant(d, "lastMessageAt"), instant(d, "lastInboundAt")),
        instant(d, "createdAt"),
        instant(d, "finishedAt"));
  }

  private static Instant instant(Document d, String field) {
    Date date = d.getDate(field);
    return date == null ? null : date.toInstant();
  }
}
