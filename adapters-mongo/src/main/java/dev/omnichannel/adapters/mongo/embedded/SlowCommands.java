package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The embedded store's slow-command log: a command that took longer than {@link #THRESHOLD_MS} is
 * logged at DEBUG with its collection and the shape of its filter and sort (field names, never
 * values), which is how a query that scans shows itself. Its category is lowercase so that an
 * environment variable can name it: {@code
 * QUARKUS_LOG_CATEGORY__OMNICHANNEL_STORE_SLOW__LEVEL=DEBUG}.
 */
final class SlowCommands {

  static final long THRESHOLD_MS = 20;
  private static final Logger LOG = Logger.getLogger("omnichannel.store.slow");

  private SlowCommands() {}

  static void note(String command, Document query, long nanos) {
    long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
    if (millis < THRESHOLD_MS || !LOG.isDebugEnabled()) {
      return;
    }
    LOG.debugf(
        "%d ms: %s %s filter %s sort %s",
        millis,
        command,
        query.get(command),
        shape(first(query, "filter", "query", "q")),
        shape(first(query, "sort")));
  }

  private static Object first(Document query, String... fields) {
    for (String field : fields) {
      if (query.get(field) != null) {
        return query.get(field);
      }
    }
    Object updates = query.get("updates");
    if (updates instanceof java.util.List<?> list && !list.isEmpty()) {
      return ((Document) list.get(0)).get("q");
    }
    return null;
  }

  /** The field names of a filter, nested operators included, without any value. */
  static String shape(Object value) {
    if (value instanceof Document d) {
      StringBuilder out = new StringBuilder("{");
      d.forEach(
          (k, v) -> {
            if (out.length() > 1) {
              out.append(", ");
            }
            out.append(k);
            if (v instanceof Document || v instanceof java.util.List<?>) {
              out.append(": ").append(shape(v));
            }
          });
      return out.append('}').toString();
    }
    if (value instanceof java.util.List<?> list) {
      return list.isEmpty() ? "[]" : "[" + shape(list.get(0)) + "]";
    }
    return value == null ? "-" : "?";
  }
}
