package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index is filled from its collection once, when it is created: a restart does not read the
 * collection again for an index that is empty on purpose (a sparse one nobody is in), and one a
 * crash cut off mid-fill is completed at the next start.
 */
class IndexBuildTest {

  @TempDir Path dir;

  private void with(Consumer<MongoCollection<Document>> use) {
    MVStore store = new MVStore.Builder().fileName(dir.resolve("s.mv.db").toString()).open();
    MongoServer server = new MongoServer(new IndexedH2Backend(store));
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      use.accept(client.getDatabase("db").getCollection("things"));
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void aRestartReadsNoDocumentForAnEmptySparseIndexAndNewIndexesAreStillFilled() {
    with(
        c -> {
          c.createIndex(Indexes.ascending("pending"), new IndexOptions().sparse(true));
          c.createIndex(Indexes.ascending("claim"), new IndexOptions().unique(true).sparse(true));
          for (int i = 0; i < 200; i++) {
            c.insertOne(new Document("_id", "d" + i).append("k", "v" + i % 10));
          }
          // created over documents already there: filled from them
          c.createIndex(Indexes.ascending("k"));
        });

    BsonCollection.READS.reset();
    with(
        c -> {
          assertThat(c.find(Filters.eq("_id", "d7")).first()).isNotNull();
          assertThat(BsonCollection.READS.sum())
              .as("documents read to open the store and find one by id")
              .isEqualTo(1);
          List<Object> found = new ArrayList<>();
          c.find(Filters.eq("k", "v3")).forEach(d -> found.add(d.get("_id")));
          assertThat(found).hasSize(20).contains("d3", "d193");
          assertThat(BsonCollection.READS.sum()).isEqualTo(21);

          c.insertOne(new Document("_id", "p").append("pending", true));
          assertThat(c.find(Filters.eq("pending", true)).first().get("_id")).isEqualTo("p");

          // dropped and made again: filled again
          c.dropIndex("k_1");
          c.createIndex(Indexes.ascending("k"));
          assertThat(c.countDocuments(Filters.eq("k", "v3"))).isEqualTo(20);
        });
  }

  @Test
  void indexesACrashCutOffMidFillAreCompletedAtTheNextStart() {
    with(
        c -> {
          for (int i = 0; i < 200; i++) {
            c.insertOne(new Document("_id", "d" + i).append("k", "v" + i % 10).append("u", i));
          }
          c.createIndex(Indexes.ascending("k"));
          c.createIndex(Indexes.ascending("u"), new IndexOptions().unique(true));
        });
    cutOffMidFill("k_1", StoreFormat.sortedIndex());
    cutOffMidFill("u_1", StoreFormat.uniqueIndex());

    with(
        c -> {
          assertThat(c.countDocuments(Filters.eq("k", "v3"))).isEqualTo(20);
          List<Object> found = new ArrayList<>();
          c.find(Filters.eq("k", "v3")).forEach(d -> found.add(d.get("_id")));
          assertThat(found).hasSize(20).contains("d3", "d193");
          for (int i = 0; i < 200; i += 7) {
            assertThat(c.find(Filters.eq("u", i)).first().get("_id")).isEqualTo("d" + i);
          }
          assertThatThrownBy(() -> c.insertOne(new Document("_id", "x").append("u", 199)))
              .isInstanceOf(MongoWriteException.class)
              .hasMessageContaining("duplicate key");
        });
  }

  /**
   * What a crash during an index's fill leaves: some of its entries and no mark that it was built
   * (also what a store from before the unique indexes had marks looks like).
   */
  private <K> void cutOffMidFill(String index, MVMap.Builder<K, Object> format) {
    MVStore store = new MVStore.Builder().fileName(dir.resolve("s.mv.db").toString()).open();
    try {
      MVMap<Object, Object> meta = store.openMap("meta.db.things");
      meta.remove("built." + index);
      MVMap<K, Object> entries = store.openMap("db.things._index_" + index, format);
      List<K> keys = new ArrayList<>(entries.keySet());
      assertThat(keys).hasSize(200);
      for (int i = 0; i < keys.size(); i += 2) {
        entries.remove(keys.get(i));
      }
      store.commit();
    } finally {
      store.close();
    }
  }
}
