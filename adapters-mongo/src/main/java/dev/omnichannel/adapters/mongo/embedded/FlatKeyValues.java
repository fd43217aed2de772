package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index's key values for a document whose indexed fields are top-level and hold no array, sub-
 * document or unusual number — every key of this service's indexes on the documents it writes —
 * computed as mongo-java-server's {@code Index.getKeyValues} computes them, without its work for
 * the general case: it splits every field path with a regular expression, collects the values in a
 * map and streams them, on every index of every write (6.6 % of all the bytes the service allocated
 * under the bench's load, docs/performance.md). The values are normalised as the library does:
 * missing and null to null, integers and longs that a double holds exactly to that double, a
 * negative zero to zero.
 */
final class FlatKeyValues {

  private FlatKeyValues() {}

  /**
   * The key values of {@code document} for {@code keys}, or null when the library must compute them
   * (a dotted path, an array or sub-document, a number other than an integer, long or double).
   */
  static Set<KeyValue> of(List<String> keys, Document document) {
    Object[] values = new Object[keys.size()];
    for (int i = 0; i < values.length; i++) {
      String key = keys.get(i);
      if (key.indexOf('.') >= 0 || key.equals("$")) {
        return null;
      }
      Object value = normalised(document.getOrMissing(key));
      if (value == GENERAL) {
        return null;
      }
      values[i] = value;
    }
    return Set.of(new KeyValue(Arrays.asList(values)));
  }

  /** Stands for a value only the library's general case normalises. */
  private static final Object GENERAL = new Object();

  private static Object normalised(Object value) {
    if (Missing.isNullOrMissing(value)) {
      return null;
    }
    if (value instanceof Integer i) {
      return i.doubleValue();
    }
    if (value instanceof Long l) {
      // kept as it is when a double cannot hold it exactly
      return l.longValue() != (long) l.doubleValue() ? l : (Object) l.doubleValue();
    }
    if (value instanceof Double d) {
      return d == 0.0 ? 0.0 : d; // -0.0 == 0.0: both become zero, as the library's do
    }
    if (value instanceof Number || value instanceof Map || value instanceof Collection) {
      return GENERAL;
    }
    return value;
  }
}
