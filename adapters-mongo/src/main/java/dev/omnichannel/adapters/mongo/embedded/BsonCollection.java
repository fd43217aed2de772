package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store kept as BSON bytes by position ({@code _id}): what is stored
 * is immutable, so a commit writing it never races a request changing a document (mongo-java-server
 * changes documents in place), and every read decodes a copy of its own. The size statistic moves
 * in memory and reaches the meta map once it moved by a megabyte, rather than on every write.
 */
class BsonCollection extends AbstractSynchronizedMongoCollection<Object> {

  private static final String DATA_SIZE = "dataSize";

  /**
   * Documents decoded from the store's own collections (point reads and scans), for tests that
   * prove no scan.
   */
  static final java.util.concurrent.atomic.LongAdder READS =
      new java.util.concurrent.atomic.LongAdder();

  private final MVMap<Object, byte[]> data;
  private final MVMap<String, Object> meta;
  private final AtomicLong unsavedSize = new AtomicLong();
  private final DocumentLog log;

  BsonCollection(
      MongoDatabase database,
      String collectionName,
      CollectionOptions options,
      MVMap<Object, byte[]> data,
      MVMap<String, Object> meta,
      CursorRegistry cursorRegistry,
      DocumentLog log) {
    super(database, collectionName, options, cursorRegistry);
    this.data = data;
    this.meta = meta;
    // the server's own collections change only with collections and indexes, which a checkpoint
    // makes durable before they are answered (IndexedH2Backend)
    this.log = collectionName.startsWith("system.") ? DocumentLog.NONE : log;
    meta.putIfAbsent(DATA_SIZE, 0L);
  }

  @Override
  protected void updateDataSize(int sizeDelta) {
    long moved = unsavedSize.addAndGet(sizeDelta);
    if (Math.abs(moved) >= 1 << 20) {
      long delta = unsavedSize.getAndSet(0);
      synchronized (meta) {
        meta.put(DATA_SIZE, ((Number) meta.get(DATA_SIZE)).longValue() + delta);
      }
    }
  }

  @Override
  protected int getDataSize() {
    return (int) (((Number) meta.get(DATA_SIZE)).longValue() + unsavedSize.get());
  }

  @Override
  protected Object addDocumentInternal(Document document) {
    Object key =
        getIdField() != null
            ? Utils.getSubdocumentValue(document, getIdField())
            : UUID.randomUUID();
    byte[] encoded = BsonBytes.encode(document);
    byte[] previous = data.putIfAbsent(Missing.ofNullable(key), encoded);
    if (previous != null) {
      throw new IllegalStateException("a document with key '" + key + "' already exists");
    }
    log.changed(getDatabaseName(), getCollectionName(), false, encoded);
    updateDataSize(encoded.length);
    return key;
  }

  /**
   * The size statistic moves with the bytes this collection writes and drops ({@link
   * #updateDataSize}), not by mongo-java-server encoding every document once more only to measure
   * it (before and after each update: an eighth of an update's work).
   */
  @Override
  protected boolean tracksDataSize() {
    return false;
  }

  @Override
  public int count() {
    return data.size();
  }

  @Override
  public boolean isEmpty() {
    return data.isEmpty();
  }

  @Override
  protected Document getDocument(Object position) {
    byte[] bytes = data.get(position);
    return bytes == null ? null : read(bytes);
  }

  @Override
  protected void removeDocument(Object position) {
    byte[] removed = data.remove(position);
    if (removed == null) {
      throw new NoSuchElementException("No document with key " + position);
    }
    log.changed(
        getDatabaseName(),
        getCollectionName(),
        true,
        BsonBytes.encode(new Document("_id", position)));
    updateDataSize(-removed.length);
  }

  @Override
  protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
    return data.entrySet().stream()
        .map(e -> new DocumentWithPosition<>(read(e.getValue()), e.getKey()));
  }

  @Override
  protected QueryResult matchDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    Stream<Document> documents =
        isNaturalDescending(orderBy)
            ? streamAllDocumentsWithPosition()
                .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                .map(DocumentWithPosition::getDocument)
            : data.values().stream().map(this::read);
    return matchDocumentsFromStream(
        documents, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  @Override
  protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
    byte[] encoded = BsonBytes.encode(newDocument);
    byte[] previous = data.put(Missing.ofNullable(position), encoded);
    log.changed(getDatabaseName(), getCollectionName(), false, encoded);
    updateDataSize(encoded.length - (previous == null ? 0 : previous.length));
  }

  private Document read(byte[] bytes) {
    if (!getCollectionName().startsWith("system.")) {
      READS.increment();
    }
    return BsonBytes.decode(bytes);
  }
}
