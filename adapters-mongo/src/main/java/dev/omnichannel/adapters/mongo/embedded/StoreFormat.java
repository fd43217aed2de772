package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Which form the embedded store's maps are written in, and the one-time rewrite of a file from
 * before: mongo-java-server's H2 backend writes documents and keys by Java serialization; this
 * store writes BSON ({@link BsonValueType}). A store with the marker map is in BSON; one without
 * and with collections is rewritten map by map at start (each map copied, committed, then put in
 * place of the old one, so a crash half-way resumes where it stopped); a new store is marked.
 */
final class StoreFormat {

  static final String MARKER = "omnichannel.format";
  private static final String MIGRATING = "omnichannel.migrating.";
  private static final String VERSION = "bson-2";
  private static final Logger LOG = Logger.getLogger(StoreFormat.class);

  private StoreFormat() {}

  static MVMap.Builder<Object, byte[]> documents() {
    return new MVMap.Builder<Object, byte[]>()
        .keyType(BsonValueType.INSTANCE)
        .valueType(BsonBytes.TYPE);
  }

  static MVMap.Builder<String, Object> sortedIndex() {
    return new MVMap.Builder<String, Object>()
        .keyType(IndexKeyType.INSTANCE)
        .valueType(BsonValueType.INSTANCE);
  }

  static MVMap.Builder<KeyValue, Object> uniqueIndex() {
    return new MVMap.Builder<KeyValue, Object>()
        .keyType(KeyValueType.INSTANCE)
        .valueType(BsonValueType.INSTANCE);
  }

  /** Returns the store, marked, with every map of an older form rewritten. */
  static MVStore prepared(MVStore store) {
    if (store.isReadOnly() || store.hasMap(MARKER)) {
      return store;
    }
    List<String> legacy =
        store.getMapNames().stream()
            .filter(n -> n.startsWith("databases.") || n.contains("._index_"))
            .filter(n -> !n.startsWith(MIGRATING))
            .toList();
    if (!legacy.isEmpty()) {
      LOG.infof("Rewriting %d maps of the embedded store in BSON (once)", legacy.size());
      legacy.forEach(name -> rewrite(store, name));
    }
    store.openMap(MARKER).put("values", VERSION);
    store.commit();
    return store;
  }

  private static void rewrite(MVStore store, String name) {
    String copy = MIGRATING + name;
    if (store.hasMap(copy)) {
      store.removeMap(copy); // a copy interrupted by a crash: make it again
    }
    MVMap<Object, Object> old = store.openMap(name);
    if (old.isEmpty()) {
      store.removeMap(old); // opened again, in BSON, when its collection or index is
      store.commit();
      return;
    }
    MVMap<?, ?> target = store.openMap(copy, builderFor(name, old));
    copyAll(old, target);
    store.commit();
    store.removeMap(old);
    store.renameMap(target, name);
    store.commit();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void copyAll(MVMap<Object, Object> from, MVMap<?, ?> to) {
    for (Map.Entry<Object, Object> e : from.entrySet()) {
      Object value = e.getValue() instanceof Document d ? BsonBytes.encode(d) : e.getValue();
      ((MVMap) to).put(e.getKey(), value);
    }
  }

  private static MVMap.Builder<?, ?> builderFor(String name, MVMap<Object, Object> old) {
    if (name.startsWith("databases.")) {
      return documents();
    }
    return old.firstKey() instanceof String ? sortedIndex() : uniqueIndex();
  }
}
