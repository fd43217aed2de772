package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * The pipeline the MongoDB driver sends for {@code countDocuments}: {@code $match}, optional {@code
 * $skip} and {@code $limit}, and {@code $group {_id: 1, n: {$sum: 1}}}. The embedded server would
 * run every document of the collection through it; a count through the indexes gives the same
 * answer.
 */
final class CountPipeline {

  private CountPipeline() {}

  /** The command's answer when it is a count, else null (the server runs it as it is). */
  static Document answer(MongoDatabase database, String command, Document query) {
    if (!(query.get("pipeline") instanceof List<?> pipeline) || pipeline.size() < 2) {
      return null;
    }
    Document match = stage(pipeline.get(0), "$match");
    Document group = stage(pipeline.get(pipeline.size() - 1), "$group");
    if (match == null || group == null || !isCount(group)) {
      return null;
    }
    int skip = 0;
    int limit = 0;
    for (Object stage : pipeline.subList(1, pipeline.size() - 1)) {
      if (stage instanceof Document d && d.get("$skip") instanceof Number n) {
        skip = n.intValue();
      } else if (stage instanceof Document d && d.get("$limit") instanceof Number n) {
        limit = n.intValue();
      } else {
        return null;
      }
    }
    String name = String.valueOf(query.get(command));
    MongoCollection<?> collection = database.resolveCollection(name, false);
    int n = collection == null ? 0 : collection.count(match, skip, limit);
    List<Document> batch = n == 0 ? List.of() : List.of(new Document("_id", 1).append("n", n));
    Document cursor =
        new Document("firstBatch", batch)
            .append("id", 0L)
            .append("ns", database.getDatabaseName() + "." + name);
    return new Document("cursor", cursor).append("ok", 1.0);
  }

  private static Document stage(Object stage, String name) {
    return stage instanceof Document d && d.size() == 1 && d.get(name) instanceof Document body
        ? body
        : null;
  }

  private static boolean isCount(Document group) {
    return group.size() == 2
        && group.get("n") instanceof Document sum
        && sum.size() == 1
        && sum.get("$sum") instanceof Number one
        && one.intValue() == 1;
  }
}
