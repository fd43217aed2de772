package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * A collection's {@code _id} index answered by its documents' own map, which is keyed by {@code
 * _id} already: mongo-java-server keeps a second map from each {@code _id} to itself, which every
 * insert wrote on a page of its own (about 15 % of the pages a commit wrote; on events and
 * deliveries, whose ids are hashes, a random one). A duplicate {@code _id} is refused before the
 * insert, as before; the map is ordered by MongoDB's comparison, so {@code 1} and {@code 1.0} are
 * one key.
 */
final class IdIndex extends AbstractUniqueIndex<Object> {

  static final String NAME = "_id_";

  private final MVMap<Object, byte[]> documents;

  IdIndex(MVMap<Object, byte[]> documents, List<IndexKey> keys) {
    super(NAME, keys, false);
    this.documents = documents;
  }

  static boolean isIdIndex(String name, List<IndexKey> keys) {
    return NAME.equals(name) && keys.size() == 1 && "_id".equals(keys.get(0).getKey());
  }

  /** The stored {@code _id} equal to the key's, as stored, or null. */
  @Override
  protected Object getPosition(KeyValue key) {
    Object id = key.get(0);
    Object stored = id == null ? null : documents.ceilingKey(id);
    return stored != null && BsonValueType.INSTANCE.compare(stored, id) == 0 ? stored : null;
  }

  /** The document leaves its map after every index let it go: only say where it is. */
  @Override
  protected Object removeDocument(KeyValue key) {
    return getPosition(key);
  }

  /** The insert itself put the document in its map, under this key. */
  @Override
  public synchronized void add(Document document, Object position, MongoCollection<Object> in) {
    // nothing to keep: the documents' map is the index
  }

  @Override
  protected boolean putKeyPosition(KeyValue key, Object position) {
    return true;
  }

  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return () ->
        documents.keySet().stream()
            .map(
                id ->
                    (Map.Entry<KeyValue, Object>) new SimpleImmutableEntry<>(new KeyValue(id), id))
            .iterator();
  }

  @Override
  public long getCount() {
    return documents.sizeAsLong();
  }

  @Override
  public boolean isEmpty() {
    return documents.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }
}
