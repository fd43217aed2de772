package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A secondary index of the embedded store — what mongo-java-server leaves out (it keeps unique
 * indexes only): an H2 map from the {@link IndexKeys encoded} key values, followed by the
 * document's position, to that position. It is persistent, so a restart reads no document to
 * rebuild it, and ordered, so {@link QueryPlanner} can serve equality prefixes, ranges and sorts
 * from it without reading documents it does not return.
 */
final class SortedIndex extends Index<Object> {

  private final MVMap<String, Object> entries;
  private final BuildMark built;

  /**
   * An index kept in {@code entries}; {@code meta} (its collection's) remembers once the index
   * holds every document ({@link BuildMark}).
   */
  SortedIndex(
      MVMap<String, Object> entries,
      MVMap<Object, Object> meta,
      String name,
      List<IndexKey> keys,
      boolean sparse) {
    super(name, keys, sparse);
    this.entries = entries;
    this.built = new BuildMark(meta, name);
  }

  /** The index holds every document of its collection: remembered for the next start. */
  void built() {
    built.set();
  }

  List<String> fields() {
    return keys();
  }

  boolean isSparseIndex() {
    return isSparse();
  }

  @Override
  public Set<KeyValue> getKeyValues(Document document) {
    Set<KeyValue> flat = FlatKeyValues.of(keys(), document);
    return flat != null ? flat : super.getKeyValues(document);
  }

  @Override
  public Object getPosition(Document document) {
    return null; // positions come from the _id index; this one only finds documents
  }

  @Override
  public void checkAdd(Document document, MongoCollection<Object> collection) {}

  @Override
  public void add(Document document, Object position, MongoCollection<Object> collection) {
    for (String key : keysOf(document, position)) {
      entries.put(key, position);
    }
  }

  @Override
  public Object remove(Document document) {
    Object position = document.get("_id");
    for (String key : keysOf(document, position)) {
      entries.remove(key);
    }
    return position;
  }

  @Override
  public boolean canHandle(Document query) {
    return false; // queries reach this index through QueryPlanner
  }

  @Override
  public Iterable<Object> getPositions(Document query) {
    throw new UnsupportedOperationException("use QueryPlanner");
  }

  @Override
  public long getCount() {
    return entries.sizeAsLong();
  }

  /**
   * Whether the collection's documents must be added first: for an index never built, also one a
   * crash cut off mid-fill (adding an entry it holds puts the same key again).
   */
  @Override
  public boolean isEmpty() {
    return !built.isBuilt();
  }

  @Override
  public long getDataSize() {
    return entries.sizeAsLong() * 64;
  }

  @Override
  public void checkUpdate(
      Document oldDocument, Document newDocument, MongoCollection<Object> collection) {}

  @Override
  public void updateInPlace(
      Document oldDocument,
      Document newDocument,
      Object position,
      MongoCollection<Object> collection) {
    if (IndexedFields.unchanged(keys(), oldDocument, newDocument)) {
      return;
    }
    List<String> before = keysOf(oldDocument, position);
    List<String> after = keysOf(newDocument, position);
    if (!before.equals(after)) {
      before.forEach(entries::remove);
      after.forEach(key -> entries.put(key, position));
    }
  }

  @Override
  public void drop() {
    entries.clear();
    built.clear();
  }

  /** The entries of a document: one per combination of its values (arrays give several). */
  private List<String> keysOf(Document document, Object position) {
    if (isSparse(document)) {
      return List.of();
    }
    Set<KeyValue> values = getKeyValues(document);
    List<String> keys = new ArrayList<>(values.size());
    String suffix = IndexKeys.encode(position);
    for (KeyValue value : values) {
      List<Object> list = new ArrayList<>();
      value.forEach(list::add);
      keys.add(IndexKeys.encode(list) + suffix);
    }
    return keys;
  }

  /** A sparse index holds no entry for a document without any of its fields. */
  private boolean isSparse(Document document) {
    return isSparse() && keys().stream().noneMatch(document::containsKey);
  }

  /** The positions of the entries from {@code from} (inclusive) to {@code to} (exclusive). */
  Iterator<Object> positions(String from, String to, boolean reverse) {
    Cursor<String, Object> cursor =
        reverse ? entries.cursor(lastBefore(to), from, true) : entries.cursor(from, null, false);
    return new Iterator<>() {
      private Object next = advance();

      private Object advance() {
        if (!cursor.hasNext()) {
          return null;
        }
        String key = cursor.next();
        boolean inside = reverse ? key.compareTo(from) >= 0 : key.compareTo(to) < 0;
        return inside ? cursor.getValue() : null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Object next() {
        Object current = next;
        next = advance();
        return current;
      }
    };
  }

  /** The greatest key below {@code to}, where a reverse walk starts. */
  private String lastBefore(String to) {
    String key = entries.lowerKey(to);
    return key == null ? "" : key;
  }

  /**
   * The entries from {@code from} to {@code to}, counted without reading a document or walking
   * them: the tree knows how many keys each page holds, so this is two O(log n) descents.
   */
  long count(String from, String to) {
    return Math.max(0, rank(to) - rank(from));
  }

  /** How many keys sort before {@code key}. */
  private long rank(String key) {
    long index = entries.getKeyIndex(key);
    return index < 0 ? -index - 1 : index;
  }
}
