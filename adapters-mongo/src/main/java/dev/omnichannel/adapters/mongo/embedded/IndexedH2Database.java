package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the embedded store whose collections read through indexes ({@link
 * IndexedH2Collection}), whose secondary indexes exist ({@link SortedIndex}), and whose {@code
 * countDocuments} — an aggregation for the driver — is answered by a count instead of running every
 * document through the pipeline.
 */
final class IndexedH2Database extends H2Database {

  /** The store and log while the superclass constructor opens the existing collections. */
  private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

  private record Opening(MVStore store, DocumentLog log) {}

  private Opening opening;

  private IndexedH2Database(String name, Opening opening, CursorRegistry cursorRegistry) {
    super(name, opening.store(), cursorRegistry);
    this.opening = opening;
  }

  /**
   * The database {@code name} kept in {@code store}, its documents' changes told to {@code log}.
   */
  static IndexedH2Database open(
      String name, MVStore store, CursorRegistry cursorRegistry, DocumentLog log) {
    Opening opening = new Opening(store, log);
    OPENING.set(opening);
    try {
      return new IndexedH2Database(name, opening, cursorRegistry);
    } finally {
      OPENING.remove();
    }
  }

  private MVStore store() {
    return (opening != null ? opening : OPENING.get()).store();
  }

  private DocumentLog log() {
    return (opening != null ? opening : OPENING.get()).log();
  }

  @Override
  protected MongoCollection<Object> openOrCreateCollection(
      String collectionName, CollectionOptions options) {
    return new IndexedH2Collection(
        this,
        collectionName,
        options,
        documents(collectionName),
        meta(collectionName),
        cursorRegistry,
        log());
  }

  /** A collection's own settings and statistics (its size, which indexes are built). */
  private <K> MVMap<K, Object> meta(String collectionName) {
    return store().openMap("meta." + getFullCollectionNamespace(collectionName));
  }

  /** A collection's documents by {@code _id}: one map, opened once, however often asked. */
  private MVMap<Object, byte[]> documents(String collectionName) {
    return store()
        .openMap(
            "databases." + getFullCollectionNamespace(collectionName), StoreFormat.documents());
  }

  @Override
  protected Index<Object> openOrCreateSecondaryIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    MVMap<String, Object> entries =
        store().openMap(indexMap(collectionName, indexName), StoreFormat.sortedIndex());
    return new SortedIndex(entries, meta(collectionName), indexName, keys, sparse);
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    if (IdIndex.isIdIndex(indexName, keys)) {
      String own = indexMap(collectionName, indexName);
      if (store().hasMap(own)) {
        store().removeMap(own); // kept by mongo-java-server; the documents' map serves it now
      }
      return new IdIndex(documents(collectionName), keys);
    }
    MVMap<KeyValue, Object> entries =
        store().openMap(indexMap(collectionName, indexName), StoreFormat.uniqueIndex());
    return new BsonUniqueIndex(entries, meta(collectionName), indexName, keys, sparse);
  }

  private String indexMap(String collectionName, String indexName) {
    return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
  }

  @Override
  public Document handleCommand(
      Channel channel,
      String command,
      Document query,
      DatabaseResolver databaseResolver,
      Oplog oplog) {
    long started = System.nanoTime();
    try {
      if (command.equalsIgnoreCase("aggregate")) {
        Document counted = CountPipeline.answer(this, command, query);
        if (counted != null) {
          return counted;
        }
      }
      return super.handleCommand(channel, command, query, databaseResolver, oplog);
    } finally {
      SlowCommands.note(command, query, System.nanoTime() - started);
    }
  }
}
