package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Updates on the embedded store: unique keys still refuse duplicates and move with the document,
 * and the size statistic follows the bytes written exactly as mongo-java-server's own count does
 * (checked against its memory backend on the same writes).
 */
class BsonCollectionTest {

  private final Servers servers = new Servers();

  @AfterEach
  void stop() {
    servers.close();
  }

  private MongoDatabase database(MongoBackend backend) {
    return servers.database(backend);
  }

  private static long size(MongoDatabase db) {
    return ((Number) db.runCommand(new Document("collStats", "things")).get("size")).longValue();
  }

  /** The same writes on both stores; the sizes after each step. */
  private static List<Long> sizesAfterWrites(MongoDatabase db) {
    MongoCollection<Document> c = db.getCollection("things");
    c.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
    List<Long> sizes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      c.insertOne(new Document("_id", "d" + i).append("key", "k" + i).append("n", i));
    }
    sizes.add(size(db));
    c.updateOne(Filters.eq("_id", "d3"), Updates.set("text", "x".repeat(500)));
    c.updateMany(Filters.lt("n", 10), Updates.inc("n", 100));
    sizes.add(size(db));
    c.deleteMany(Filters.gt("n", 105));
    sizes.add(size(db));
    return sizes;
  }

  @Test
  void theSizeStatisticFollowsTheWritesAsMongoJavaServersOwnCount() {
    List<Long> embedded =
        sizesAfterWrites(database(new IndexedH2Backend(new MVStore.Builder().open())));
    List<Long> reference = sizesAfterWrites(database(new MemoryBackend()));
    assertThat(embedded).isEqualTo(reference);
    assertThat(embedded.get(1)).isGreaterThan(embedded.get(0) + 500);
    assertThat(embedded.get(2)).isLessThan(embedded.get(1));
  }

  @Test
  void anUpdatedUniqueKeyMovesWithItsDocumentAndStillRefusesADuplicate() {
    MongoCollection<Document> c =
        database(new IndexedH2Backend(new MVStore.Builder().open())).getCollection("things");
    c.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
    c.insertOne(new Document("_id", "a").append("key", "ka"));
    c.insertOne(new Document("_id", "b").append("key", "kb"));

    assertThatThrownBy(() -> c.updateOne(Filters.eq("_id", "a"), Updates.set("key", "kb")))
        .isInstanceOf(MongoWriteException.class)
        .satisfies(
            e -> assertThat(((MongoWriteException) e).getError().getCode()).isEqualTo(11000));
    c.updateOne(Filters.eq("key", "ka"), Updates.set("key", "kc"));

    assertThat(c.find(Filters.eq("key", "kc")).first().get("_id")).isEqualTo("a");
    assertThat(c.find(Filters.eq("key", "ka")).first()).isNull();
    c.insertOne(new Document("_id", "c").append("key", "ka")); // the old key is free again
    assertThatThrownBy(() -> c.insertOne(new Document("_id", "d").append("key", "kc")))
        .isInstanceOf(MongoWriteException.class);
  }

  @Test
  void aSparseUniqueKeyTakesManyDocumentsWithoutItAndOneWithEachValue() {
    MongoCollection<Document> c =
        database(new IndexedH2Backend(new MVStore.Builder().open())).getCollection("things");
    c.createIndex(Indexes.ascending("activeKey"), new IndexOptions().unique(true).sparse(true));
    c.insertOne(new Document("_id", "a").append("activeKey", "x"));
    c.insertOne(new Document("_id", "b"));
    c.insertOne(new Document("_id", "c"));
    assertThatThrownBy(() -> c.insertOne(new Document("_id", "d").append("activeKey", "x")))
        .isInstanceOf(MongoWriteException.class);
    c.updateOne(Filters.eq("_id", "a"), Updates.unset("activeKey"));
    c.insertOne(new Document("_id", "d").append("activeKey", "x"));
    assertThat(c.find(Filters.eq("activeKey", "x")).first().get("_id")).isEqualTo("d");
    assertThat(c.countDocuments()).isEqualTo(4);
  }
}
