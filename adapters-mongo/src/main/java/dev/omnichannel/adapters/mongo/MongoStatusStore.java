package dev.omnichannel.adapters.mongo;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.message.StatusUpdate;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Statuses providers reported, in {@code message_statuses}. */
@ApplicationScoped
class MongoStatusStore implements PanacheMongoRepositoryBase<StatusDocument, ObjectId> {

  void createIndexes(@Observes StartupEvent ignored) {
    mongoCollection()
        .createIndexes(
            List.of(
                new IndexModel(Indexes.ascending("key"), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending("dedupKey"))));
  }

  /** Keeps a status once, however often it is reported. */
  void keep(StatusUpdate update) {
    StatusDocument d = new StatusDocument();
    d.id = new ObjectId();
    d.dedupKey = update.dedupKey();
    d.status = update.status().name().toLowerCase(Locale.ROOT);
    d.key = d.dedupKey + ":" + d.status;
    d.at = update.at();
    if (update.error() != null) {
      d.errorCode = update.error().code();
      d.errorTitle = update.error().title();
      d.errorDetail = update.error().detail();
    }
    try {
      persist(d);
    } catch (RuntimeException e) {
      if (!DuplicateKeys.isDuplicateKey(e)) {
        throw e;
      }
    }
  }

  List<StatusDocument> of(String dedupKey) {
    // a filter document, not Panache's query string (parsed as JSON on every call: a seventh of
    // a send's CPU in a profile, since every send looks for statuses reported before it)
    return list(new Document("dedupKey", dedupKey));
  }
}
