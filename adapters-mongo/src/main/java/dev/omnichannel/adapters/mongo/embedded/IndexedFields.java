package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether an update left an index's fields as they were, so its entries stay: told from the two
 * documents' top-level values, without computing their keys (mongo-java-server's key values, then
 * their encoding — a seventh of the store's CPU in a big backlog's drain, where most updates of a
 * delivery change one or two of its six indexes).
 */
final class IndexedFields {

  private IndexedFields() {}

  /**
   * True only when every field is a top-level one, present in both documents or in neither, with
   * equal values there that are not documents: equal values make equal keys. Anything else (a
   * dotted path; a document, whose equality ignores the order of its fields, which a key does not)
   * is left to the keys.
   */
  static boolean unchanged(List<String> fields, Document before, Document after) {
    for (String field : fields) {
      Object value = before.get(field);
      if (field.indexOf('.') >= 0
          || value instanceof Map<?, ?>
          || before.containsKey(field) != after.containsKey(field)
          || !Objects.equals(value, after.get(field))) {
        return false;
      }
    }
    return true;
  }
}
