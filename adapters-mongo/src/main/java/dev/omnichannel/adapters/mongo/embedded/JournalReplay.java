package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Applies a journal's records after the last checkpoint to the store as that checkpoint left it.
 * Only each document's last record counts — the document as the last acknowledged write left it —
 * and every document a record names is removed before any is stored again, so that no unique key
 * meets a value another document held only earlier. That holds whatever the checkpoint holds of the
 * records (all, none or some): replaying twice, or after a commit of H2's own, gives the same.
 */
final class JournalReplay {

  private static final Logger LOG = Logger.getLogger(JournalReplay.class);

  private JournalReplay() {}

  /**
   * At the open of {@code store}: applies the records its last commit may not hold, commits them
   * with a new segment recorded, deletes the older ones, and returns the journal, appending to that
   * segment.
   */
  static Journal recover(MongoBackend backend, MVStore store, JournalMarks marks) {
    Path dir = JournalSegments.directoryOf(store.getFileStore().getFileName());
    long from = marks.segment();
    int replayed = apply(backend, JournalSegments.read(dir, from));
    long next = Math.max(from, JournalSegments.last(dir)) + 1;
    marks.segment(next);
    store.commit();
    store.sync();
    JournalSegments.deleteBefore(dir, next);
    if (replayed > 0) {
      LOG.infof("Applied the embedded store's journal again: %d documents", replayed);
    }
    return Journal.start(dir, next);
  }

  /** Applies {@code entries}; returns how many documents they named. */
  static int apply(MongoBackend backend, List<Journal.Entry> entries) {
    Map<String, Map<ByteBuffer, Journal.Entry>> byCollection = new LinkedHashMap<>();
    for (Journal.Entry entry : entries) {
      byCollection
          .computeIfAbsent(entry.database() + '\0' + entry.collection(), k -> new LinkedHashMap<>())
          .put(ByteBuffer.wrap(BsonBytes.encode(new Document("_id", id(entry)))), entry);
    }
    int named = 0;
    for (Map<ByteBuffer, Journal.Entry> last : byCollection.values()) {
      Journal.Entry first = last.values().iterator().next();
      MongoCollection<?> collection = collection(backend, first.database(), first.collection());
      for (Journal.Entry entry : last.values()) {
        collection
            .handleQueryAsStream(new Document("_id", id(entry)))
            .findFirst()
            .ifPresent(collection::removeDocument);
      }
      for (Journal.Entry entry : last.values()) {
        if (!entry.removal()) {
          collection.addDocument(BsonBytes.decode(entry.bson()));
        }
      }
      named += last.size();
    }
    return named;
  }

  private static Object id(Journal.Entry entry) {
    return BsonBytes.decode(entry.bson()).get("_id");
  }

  private static MongoCollection<?> collection(MongoBackend backend, String db, String name) {
    MongoDatabase database = backend.resolveDatabase(db);
    MongoCollection<?> collection = database.resolveCollection(name, false);
    return collection != null
        ? collection
        : database.createCollectionOrThrowIfExists(name, CollectionOptions.withDefaults());
  }
}
