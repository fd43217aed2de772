package dev.omnichannel.adapters.mongo;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionQuery;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.session.SessionStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Sessions in the {@code sessions} collection. */
@ApplicationScoped
public class MongoSessionRepository
    implements SessionRepository, PanacheMongoRepositoryBase<SessionDocument, ObjectId> {

  private static final int ATTEMPTS = 3;

  void createIndexes(@Observes StartupEvent ignored) {
    mongoCollection()
        .createIndex(Indexes.ascending("activeKey"), new IndexOptions().unique(true).sparse(true));
    mongoCollection().createIndex(Indexes.ascending("clientIdentifier", "createdAt"));
    mongoCollection().createIndex(Indexes.ascending("clientIdentifier", "contactId"));
  }

  @Override
  public Session findActiveOrOpen(String channelId, String contactId, Supplier<Session> opened) {
    String key = Session.activeKey(channelId, contactId);
    for (int attempt = 1; ; attempt++) {
      Optional<SessionDocument> active = find("activeKey", key).firstResultOptional();
      if (active.isPresent()) {
        return toDomain(active.get());
      }
      Session session = opened.get();
      try {
        persist(toDocument(session));
        return session;
      } catch (RuntimeException e) {
        // Another delivery opened it first (or it was finished in between): look again.
        if (!DuplicateKeys.isDuplicateKey(e) || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Override
  public Optional<Session> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .flatMap(
            oid ->
                find("_id = ?1 and clientIdentifier = ?2", oid, account.value())
                    .<SessionDocument>firstResultOptional())
        .map(MongoSessionRepository::toDomain);
  }

  @Override
  public boolean finish(Session finished) {
    Document filter =
        new Document("_id", new ObjectId(finished.id()))
            .append("status", slug(SessionStatus.ACTIVE));
    Document update =
        new Document(
                "$set",
                new Document("status", slug(SessionStatus.FINISHED))
                    .append("finishedAt", Date.from(finished.finishedAt())))
            .append("$unset", new Document("activeKey", ""));
    return mongoCollection().updateOne(filter, update).getModifiedCount() == 1;
  }

  @Override
  public boolean transfer(Session transferred) {
    Document set = new Document("platform", transferred.platform());
    set.append("agentId", transferred.agentId());
    Document filter =
        new Document("_id", new ObjectId(transferred.id()))
            .append("status", slug(SessionStatus.ACTIVE));
    return mongoCollection().updateOne(filter, new Document("$set", set)).getMatchedCount() == 1;
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
    Document newestFirst = new Document("createdAt", -1).append("_id", -1);
    List<Session> data =
        find(filter, newestFirst).page(q.page().page() - 1, q.page().limit()).stream()
            .map(MongoSessionRepository::toDomain)
            .toList();
    return new Page<>(data, q.page().page(), q.page().limit(), count(filter));
  }

  private static void appendIfSet(Document filter, String field, String value) {
    if (value != null && !value.isBlank()) {
      filter.append(field, value);
    }
  }

  private static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static SessionDocument toDocument(Session s) {
    SessionDocument d = new SessionDocument();
    d.id = new ObjectId(s.id());
    d.clientIdentifier = s.clientIdentifier().value();
    d.channelId = s.channelId();
    d.contactId = s.contactId();
    d.provider = s.provider().slug();
    d.clientName = s.clientName();
    d.clientProviderId = s.clientProviderId();
    d.platform = s.platform();
    d.agentId = s.agentId();
    d.status = slug(s.status());
    d.activeKey = s.activeKey();
    d.createdAt = s.createdAt();
    d.finishedAt = s.finishedAt();
    return d;
  }

  private static Session toDomain(SessionDocument d) {
    return new Session(
        d.id.toHexString(),
        ClientIdentifier.of(d.clientIdentifier),
        d.channelId,
        d.contactId,
        Provider.fromSlug(d.provider).orElseThrow(),
        d.clientName,
        d.clientProviderId,
        d.platform,
        d.agentId,
        SessionStatus.valueOf(d.status.toUpperCase(Locale.ROOT)),
        d.createdAt,
        d.finishedAt);
  }
}
