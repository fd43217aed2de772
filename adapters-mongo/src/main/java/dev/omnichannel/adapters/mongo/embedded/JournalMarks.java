package dev.omnichannel.adapters.mongo.embedded;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/** The journal segment a store's last commit holds every record before, kept in the store. */
final class JournalMarks {

  private static final String MAP = "omnichannel.journal";
  private static final String SEGMENT = "segment";

  private final MVMap<String, Long> map;

  JournalMarks(MVStore store) {
    this.map = store.openMap(MAP);
  }

  /** The first segment whose records the store may not hold (0 before any journal). */
  long segment() {
    Long segment = map.get(SEGMENT);
    return segment == null ? 0 : segment;
  }

  void segment(long segment) {
    map.put(SEGMENT, segment);
  }
}
