package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import dev.omnichannel.domain.event.EventId;
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
import java.util.Date;
import java.util.List;
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
    sessions.createIndexes(
        List.of(
            new IndexModel(
                Indexes.ascending("activeKey"), new IndexOptions().unique(true).sparse(true)),
            new IndexModel(
                Indexes.ascending(OutboxDocuments.PENDING), new IndexOptions().sparse(true)),
            // The inbox: an account's sessions by latest activity (the embedded store ignores
            // these).
            new IndexModel(
                Indexes.descending("clientIdentifier", "lastMessageAt", "createdAt", "_id")),
            // The inbox by status (?status=active), and its total counted from the index alone.
            new IndexModel(
                Indexes.compoundIndex(
                    Indexes.ascending("clientIdentifier", "status"),
                    Indexes.descending("lastMessageAt", "createdAt", "_id"))),
            new IndexModel(Indexes.ascending("clientIdentifier", "contactId"))));
  }

  @Override
  public Session findActiveOrOpen(
      String channelId, String contactId, SessionActivity activity, Supplier<Opening> opening) {
    Document filter = new Document("activeKey", Session.activeKey(channelId, contactId));
    for (int attempt = 1; ; attempt++) {
      Opening open = opening.get();
      Document update =
          new Document(
              "$setOnInsert",
              OutboxDocuments.initial(SessionDocuments.toDocument(open.session()), open.events()));
      SessionDocuments.moveActivity(update, activity);
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
        return SessionDocuments.toDomain(stored);
      } catch (RuntimeException e) {
        // Another delivery opened it at the same moment: look again.
        if (!DuplicateKeys.isDuplicateKey(e) || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Override
  public Optional<Session> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .map(oid -> sessions.find(new Document("_id", oid)).first())
        .filter(d -> account.value().equals(d.getString("clientIdentifier")))
        .map(SessionDocuments::toDomain);
  }

  @Override
  public boolean appendIfActive(String sessionId, List<OutboxEvent> events) {
    return sessions
            .updateOne(
                new Document("_id", new ObjectId(sessionId)).append("status", ACTIVE),
                OutboxDocuments.push(
                    new Document("$inc", new Document(SessionDocuments.UNREAD, 1)), events))
            .getMatchedCount()
        == 1;
  }

  @Override
  public boolean appendUnlessWaiting(
      String sessionId, List<EventId> awaited, List<OutboxEvent> events) {
    Document notWaiting =
        new Document("_id", new ObjectId(sessionId))
            .append(
                OutboxDocuments.OUTBOX + ".id",
                new Document("$nin", awaited.stream().map(EventId::value).toList()));
    if (sessions
            .updateOne(
                new Document(notWaiting).append("status", ACTIVE),
                OutboxDocuments.push(
                    new Document("$inc", new Document(SessionDocuments.UNREAD, 1)), events))
            .getMatchedCount()
        == 1) {
      return true;
    }
    // finished meanwhile (written, not counted), or the event is waiting (nothing matches)
    return sessions
            .updateOne(notWaiting, OutboxDocuments.push(new Document(), events))
            .getMatchedCount()
        == 1;
  }

  @Override
  public boolean markRead(Session read, long unreadBefore, List<OutboxEvent> events) {
    // a session stored before read receipts has no count: it reads as 0
    Object expected =
        unreadBefore == 0
            ? new Document("$in", java.util.Arrays.asList(0, 0L, null))
            : new Document("$in", List.of((int) unreadBefore, unreadBefore));
    Document update =
        new Document(
            "$set",
            new Document(SessionDocuments.UNREAD, (int) read.reading().unreadCount())
                .append("lastReadAt", Date.from(read.reading().lastReadAt())));
    return sessions
            .updateOne(
                new Document("_id", new ObjectId(read.id()))
                    .append(SessionDocuments.UNREAD, expected),
                OutboxDocuments.push(update, events))
            .getMatchedCount()
        == 1;
  }

  @Override
  public void append(String sessionId, List<OutboxEvent> events, SessionActivity activity) {
    Document update = OutboxDocuments.push(new Document(), events);
    SessionDocuments.moveActivity(update, activity);
    if (!update.isEmpty()) {
      sessions.updateOne(new Document("_id", new ObjectId(sessionId)), update);
    }
  }

  @Override
  public boolean finish(Session finished, List<OutboxEvent> events) {
    Document update =
        new Document(
                "$set",
                new Document("status", SessionDocuments.slug(SessionStatus.FINISHED))
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
    return SessionInbox.search(sessions, q);
  }
}
