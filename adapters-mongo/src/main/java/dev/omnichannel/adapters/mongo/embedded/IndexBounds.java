package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a plan reads in a {@link SortedIndex}: the keys of a range, the direction of an order. */
final class IndexBounds {

  /** The operators a range on one field may use. */
  static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");

  private IndexBounds() {}

  /** The keys between which a range on the next field lies, within one type. */
  static String[] range(String prefix, Document bounds) {
    Character tag = null;
    String low = null;
    String high = null;
    for (Map.Entry<String, Object> bound : bounds.entrySet()) {
      Object value = bound.getValue();
      char t = IndexKeys.tag(value);
      if (t == IndexKeys.NULL
          || t == IndexKeys.OTHER
          || t == IndexKeys.OBJECT
          || (tag != null && tag != t)) {
        return null;
      }
      tag = t;
      String at = prefix + IndexKeys.encode(value);
      switch (bound.getKey()) {
        case "$gt" -> low = at + IndexKeys.AFTER;
        case "$gte" -> low = at;
        case "$lt" -> high = at;
        default -> high = at + IndexKeys.AFTER;
      }
    }
    return new String[] {
      low != null ? low : prefix + tag, high != null ? high : prefix + (char) (tag + 1)
    };
  }

  /**
   * Whether the index gives the order asked for after its equality prefix: the sort fields are its
   * next fields, all in one direction (an index is read either way), optionally ending with {@code
   * _id} (entries of equal keys are in position order). Null when it does not.
   */
  static Boolean order(List<String> fields, int equal, Document orderBy) {
    if (orderBy == null || orderBy.isEmpty()) {
      return null;
    }
    List<String> sortFields = new ArrayList<>(orderBy.keySet());
    Boolean descending = null;
    for (int i = 0; i < sortFields.size(); i++) {
      String field = sortFields.get(i);
      boolean desc = ((Number) orderBy.get(field)).intValue() < 0;
      if (descending != null && descending != desc) {
        return null;
      }
      descending = desc;
      int at = equal + i;
      boolean matches =
          at < fields.size()
              ? fields.get(at).equals(field)
              : field.equals("_id") && i == sortFields.size() - 1;
      if (!matches) {
        return null;
      }
    }
    return descending;
  }
}
