package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/** A unique index of the embedded store: mongo-java-server's, kept in a map of BSON keys. */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

  private final MVMap<KeyValue, Object> entries;
  private final BuildMark built;

  BsonUniqueIndex(
      MVMap<KeyValue, Object> entries,
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

  /**
   * It has entries but was never marked built: a crash cut its fill off (or it was filled before
   * the mark existed). mongo-java-server fills only an empty index, and refilling this one would
   * find its own keys taken: {@link #complete} adds what is missing instead.
   */
  boolean isPartlyBuilt() {
    return !built.isBuilt() && !entries.isEmpty();
  }

  /** Adds a document's keys the index lacks; a key held for another document is a duplicate. */
  synchronized void complete(
      Document document, Object position, MongoCollection<Object> collection) {
    if (isSparseWithout(document)) {
      return;
    }
    Object held = Missing.ofNullable(position);
    for (KeyValue key : getKeyValues(document)) {
      Object there = entries.putIfAbsent(key, held);
      if (there != null && !there.equals(held)) {
        throw new DuplicateKeyError(this, collection, getKeys(), key);
      }
    }
  }

  @Override
  public Set<KeyValue> getKeyValues(Document document) {
    Set<KeyValue> flat = FlatKeyValues.of(keys(), document);
    return flat != null ? flat : super.getKeyValues(document);
  }

  /** An update that leaves the indexed fields as they were can take no key of another document. */
  @Override
  public void checkUpdate(
      Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    if (!IndexedFields.unchanged(keys(), oldDocument, newDocument)) {
      super.checkUpdate(oldDocument, newDocument, collection);
    }
  }

  /** An update that leaves the indexed fields as they were leaves the entries as they are. */
  @Override
  public void updateInPlace(
      Document oldDocument,
      Document newDocument,
      Object position,
      MongoCollection<Object> collection) {
    if (!IndexedFields.unchanged(keys(), oldDocument, newDocument)) {
      super.updateInPlace(oldDocument, newDocument, position, collection);
    }
  }

  /** Dropped: its entries go, so one made again under the same name is filled afresh. */
  @Override
  public void drop() {
    entries.clear();
    built.clear();
  }

  /**
   * Where a document is, asked of every index before an update: the {@code _id} index ({@link
   * IdIndex}) answers, so this one need not look its keys up too (a fifth of an update's work). Its
   * own checks ({@link #checkUpdate}, {@link #remove}) look up by key, as before.
   */
  @Override
  public Object getPosition(Document document) {
    return null;
  }

  /**
   * Adds a document's keys without checking them a second time: the insert checked them just before
   * ({@link #checkAdd}, under the collection's lock), and a key taken meanwhile still fails the
   * put.
   */
  @Override
  public synchronized void add(
      Document document, Object position, MongoCollection<Object> collection) {
    if (isSparseWithout(document)) {
      return;
    }
    for (KeyValue key : getKeyValues(document)) {
      if (!putKeyPosition(key, position)) {
        throw new DuplicateKeyError(this, collection, getKeys(), key);
      }
    }
  }

  private boolean isSparseWithout(Document document) {
    return isSparse()
        && keys().stream().allMatch(k -> Utils.getSubdocumentValue(document, k) instanceof Missing);
  }

  /**
   * The positions in the order of the keys (MongoDB's order of values), or the reverse; a
   * non-sparse index holds every document of its collection.
   */
  Iterator<Object> positions(boolean descending) {
    if (entries.isEmpty()) {
      return Collections.emptyIterator();
    }
    Cursor<KeyValue, Object> cursor =
        descending ? entries.cursor(entries.lastKey(), null, true) : entries.cursor(null);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return cursor.hasNext();
      }

      @Override
      public Object next() {
        cursor.next();
        return cursor.getValue();
      }
    };
  }

  boolean holdsEveryDocument() {
    return !isSparse();
  }

  @Override
  protected Object removeDocument(KeyValue key) {
    return entries.remove(key);
  }

  @Override
  protected boolean putKeyPosition(KeyValue key, Object position) {
    return entries.putIfAbsent(key, Missing.ofNullable(position)) == null;
  }

  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return entries.entrySet();
  }

  @Override
  protected Object getPosition(KeyValue key) {
    return entries.get(key);
  }

  @Override
  public long getCount() {
    return entries.sizeAsLong();
  }

  /**
   * Whether mongo-java-server must fill it from the collection: only one never built and empty (a
   * built one that is empty, a sparse one nobody is in, is left so; see {@link #isPartlyBuilt}).
   */
  @Override
  public boolean isEmpty() {
    return !built.isBuilt() && entries.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }
}
