package dev.omnichannel.adapters.mongo.embedded;

import org.h2.mvstore.MVMap;

/**
 * Remembers, in its collection's meta map, that an index holds every document of the collection.
 * The mark is written after the index is filled, and a commit holds both or only the entries, so an
 * index a crash cut off mid-fill has entries but no mark: the next start completes it instead of
 * trusting it. An index that is empty on purpose (a sparse one nobody is in) has the mark, so a
 * restart does not read the whole collection to fill it, as mongo-java-server does for an empty
 * index.
 */
final class BuildMark {

  private static final String PREFIX = "built.";

  private final MVMap<Object, Object> meta;
  private final String key;
  private volatile boolean built;

  BuildMark(MVMap<Object, Object> meta, String indexName) {
    this.meta = meta;
    this.key = PREFIX + indexName;
    this.built = Boolean.TRUE.equals(meta.get(key));
  }

  boolean isBuilt() {
    return built;
  }

  /** The index holds every document: remembered for the next start. */
  void set() {
    if (!built) {
      meta.put(key, Boolean.TRUE);
      built = true;
    }
  }

  /** The index was dropped: a new one of the same name is filled again. */
  void clear() {
    meta.remove(key);
    built = false;
  }
}
