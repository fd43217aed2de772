package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** The hourly forgetting of old events ({@link MongoEventStore#deleteOlderThan}), in feed order. */
final class EventForgetting {

  /** The cleanup reads the oldest events this many at a time. */
  static final int FORGET_PAGE = 200;

  private EventForgetting() {}

  /**
   * Walks the feed from its oldest event (the order of {@code feedSeq}, which follows time) and
   * forgets events until the first one not older than {@code before}: it reads the old events and
   * one more, through the {@code feedSeq} index. An old event behind a newer one in the feed (a
   * replica's clock behind another's) stays until that one goes: kept longer, never shorter.
   */
  static long olderThan(MongoCollection<Document> events, Instant before) {
    long forgotten = 0;
    while (true) {
      List<Object> old = new ArrayList<>();
      List<Document> oldest =
          events
              .find()
              .sort(new Document("feedSeq", 1))
              .limit(FORGET_PAGE)
              .projection(new Document("timestamp", 1))
              .into(new ArrayList<>());
      for (Document d : oldest) {
        if (!d.getDate("timestamp").toInstant().isBefore(before)) {
          break;
        }
        old.add(d.get("_id"));
      }
      if (!old.isEmpty()) {
        forgotten +=
            events.deleteMany(new Document("_id", new Document("$in", old))).getDeletedCount();
      }
      if (old.size() < FORGET_PAGE) {
        return forgotten;
      }
    }
  }
}
