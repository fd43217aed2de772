package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import dev.omnichannel.domain.delivery.OutboxRepository;
import dev.omnichannel.domain.delivery.OutboxRepository.Drained;
import dev.omnichannel.domain.event.EventId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The outboxes inside {@code sessions} and {@code contacts}, found by their {@code outboxPending}
 * mark. Draining pulls the moved events by id and removes the mark only when the outbox is empty in
 * that same write, so an event appended meanwhile is never left unmarked.
 */
@ApplicationScoped
public class MongoOutbox implements OutboxRepository {

  private final MongoCollection<Document> sessions;
  private final MongoCollection<Document> contacts;

  MongoOutbox(MongoCollections collections) {
    this.sessions = collections.get("sessions");
    this.contacts = collections.get("contacts");
  }

  @Override
  public List<Source> pending(int limit) {
    List<Source> sources = new ArrayList<>();
    read(sessions, Source.Kind.SESSION, limit, sources);
    read(contacts, Source.Kind.CONTACT, limit, sources);
    return sources;
  }

  private static void read(
      MongoCollection<Document> collection, Source.Kind kind, int limit, List<Source> into) {
    collection
        .find(new Document(OutboxDocuments.PENDING, true))
        .projection(
            new Document(OutboxDocuments.OUTBOX, 1).append(OutboxDocuments.LAST_SEQUENCE, 1))
        .limit(limit)
        .forEach(
            d -> {
              Number last = d.get(OutboxDocuments.LAST_SEQUENCE, Number.class);
              into.add(
                  new Source(
                      kind,
                      d.getObjectId("_id").toHexString(),
                      last == null ? 0 : last.longValue(),
                      d.getList(OutboxDocuments.OUTBOX, Document.class, List.of()).stream()
                          .map(OutboxDocuments::toEvent)
                          .toList()));
            });
  }

  @Override
  public void drained(List<Drained> drained) {
    write(sessions, drained, Source.Kind.SESSION);
    write(contacts, drained, Source.Kind.CONTACT);
  }

  /**
   * One ordered bulk write per collection: for each source, pull the moved events, then drop the
   * mark if the outbox is now empty. A step: the feed's commit that follows is journaled.
   */
  private static void write(
      MongoCollection<Document> collection, List<Drained> drained, Source.Kind kind) {
    List<WriteModel<Document>> writes = new ArrayList<>();
    for (Drained d : drained) {
      if (d.source().kind() != kind) {
        continue;
      }
      ObjectId id = new ObjectId(d.source().id());
      Document update =
          new Document(
              "$pull",
              new Document(
                  OutboxDocuments.OUTBOX,
                  new Document(
                      "id", new Document("$in", d.moved().stream().map(EventId::value).toList()))));
      if (kind == Source.Kind.SESSION) {
        update.append("$max", new Document(OutboxDocuments.LAST_SEQUENCE, d.lastSequence()));
      }
      writes.add(new UpdateOneModel<>(new Document("_id", id), update));
      writes.add(
          new UpdateOneModel<>(
              new Document("_id", id).append(OutboxDocuments.OUTBOX, new Document("$size", 0)),
              new Document("$unset", new Document(OutboxDocuments.PENDING, ""))));
    }
    if (!writes.isEmpty()) {
      MongoCollections.step(collection).bulkWrite(writes);
    }
  }
}
