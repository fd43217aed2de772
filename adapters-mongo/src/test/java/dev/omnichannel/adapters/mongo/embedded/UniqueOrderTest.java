package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole collection sorted by a single-field unique key is read in the index's order: the same
 * answers as mongo-java-server's own sort, reading only the documents returned.
 */
class UniqueOrderTest {

  private final Servers servers = new Servers();

  @AfterEach
  void stop() {
    servers.close();
  }

  private MongoCollection<Document> filled(MongoBackend backend) {
    MongoCollection<Document> c = servers.database(backend).getCollection("events");
    c.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true));
    List<Integer> seqs = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      seqs.add(i);
    }
    Collections.shuffle(seqs, new Random(3));
    for (int seq : seqs) {
      Object value = seq % 7 == 0 ? (Object) (long) seq : (Object) seq; // ints and longs mixed
      c.insertOne(new Document("_id", "e" + seq).append("seq", value).append("odd", seq % 2));
    }
    c.insertOne(new Document("_id", "none")); // the one document without the key
    return c;
  }

  private static List<Object> ids(
      MongoCollection<Document> c, Bson filter, Bson sort, int skip, int limit) {
    List<Object> ids = new ArrayList<>();
    c.find(filter).sort(sort).skip(skip).limit(limit).forEach(d -> ids.add(d.get("_id")));
    return ids;
  }

  @Test
  void sortsByTheUniqueKeyAsMongoJavaServerDoesReadingOnlyWhatItReturns() {
    MongoCollection<Document> indexed = filled(new IndexedH2Backend(new MVStore.Builder().open()));
    MongoCollection<Document> reference = filled(new MemoryBackend());
    Document all = new Document();
    List<Function<MongoCollection<Document>, List<Object>>> queries =
        List.of(
            c -> ids(c, all, new Document("seq", -1), 0, 1),
            c -> ids(c, all, new Document("seq", 1), 0, 3),
            c -> ids(c, all, new Document("seq", -1), 5, 4),
            c -> ids(c, all, new Document("seq", 1), 298, 10),
            c -> ids(c, Filters.eq("odd", 1), new Document("seq", -1), 0, 3));
    for (Function<MongoCollection<Document>, List<Object>> query : queries) {
      assertThat(query.apply(indexed)).isEqualTo(query.apply(reference));
    }

    BsonCollection.READS.reset();
    assertThat(ids(indexed, all, new Document("seq", -1), 0, 1)).containsExactly("e300");
    assertThat(BsonCollection.READS.sum()).as("documents read for the last by seq").isEqualTo(1);
  }
}
