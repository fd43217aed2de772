package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Iterator;
import java.util.List;

/**
 * A whole collection in the order of a single-field unique index ({@code find().sort({feedSeq:
 * -1}).limit(1)}, the event router's last position): read from the index in order, the first
 * documents are the answer, where otherwise every document was read and sorted in memory — at
 * 600,000 events, more than the heap.
 */
final class UniqueOrder {

  private UniqueOrder() {}

  /** The positions in the order asked, or null when no such index serves the query. */
  static Iterator<Object> positions(List<Index<Object>> indexes, Document query, Document orderBy) {
    if ((query != null && !query.isEmpty()) || orderBy == null || orderBy.size() != 1) {
      return null;
    }
    String field = orderBy.keySet().iterator().next();
    if (!(orderBy.get(field) instanceof Number direction) || Math.abs(direction.intValue()) != 1) {
      return null;
    }
    synchronized (indexes) {
      for (Index<Object> index : indexes) {
        if (index instanceof BsonUniqueIndex unique
            && unique.holdsEveryDocument()
            && unique.getKeys().size() == 1
            && field.equals(unique.getKeys().get(0).getKey())) {
          return unique.positions(direction.intValue() < 0);
        }
      }
    }
    return null;
  }
}
