package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code _id} index of the embedded store is its documents' own map: duplicates are refused,
 * reads, updates and deletes by {@code _id} work as before, and no second map of ids is written
 * (mongo-java-server's, from stores written before, is removed at start).
 */
class IdIndexTest {

  private static final String ID_MAP = "db.things._index__id_";

  @TempDir Path dir;

  private MVStore file() {
    return new MVStore.Builder().fileName(dir.resolve("store.mv.db").toString()).open();
  }

  private void with(Consumer<MongoCollection<Document>> use) {
    MongoServer server = new MongoServer(new IndexedH2Backend(file()));
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      use.accept(client.getDatabase("db").getCollection("things"));
    } finally {
      server.shutdownNow();
    }
  }

  private static int duplicateCode(Runnable write) {
    try {
      write.run();
    } catch (MongoWriteException e) {
      return e.getError().getCode();
    }
    return 0;
  }

  @Test
  void duplicatesAreRefusedAndDocumentsFoundChangedAndRemovedByTheirId() {
    ObjectId oid = new ObjectId();
    with(
        c -> {
          c.insertOne(new Document("_id", oid).append("n", 1));
          c.insertOne(new Document("_id", "text").append("n", 2));
          c.insertOne(new Document("_id", 7).append("n", 3));
          assertThat(duplicateCode(() -> c.insertOne(new Document("_id", oid)))).isEqualTo(11000);
          assertThat(duplicateCode(() -> c.insertOne(new Document("_id", "text"))))
              .isEqualTo(11000);
          // MongoDB compares numbers by value: 7.0 is the id 7
          assertThat(duplicateCode(() -> c.insertOne(new Document("_id", 7.0)))).isEqualTo(11000);
          assertThat(c.find(Filters.eq("_id", 7.0)).first().get("n")).isEqualTo(3);

          c.updateOne(Filters.eq("_id", oid), Updates.set("n", 10));
          c.replaceOne(
              Filters.eq("_id", "new"), new Document("n", 4), new ReplaceOptions().upsert(true));
          c.replaceOne(
              Filters.eq("_id", "new"), new Document("n", 5), new ReplaceOptions().upsert(true));
          c.deleteOne(Filters.eq("_id", "text"));

          List<Object> ns = new ArrayList<>();
          c.find(Filters.in("_id", List.of(oid, "text", "new", 7)))
              .sort(new Document("n", 1))
              .forEach(d -> ns.add(d.get("n")));
          assertThat(ns).containsExactly(3, 5, 10);
          assertThat(c.countDocuments()).isEqualTo(3);
          c.insertOne(new Document("_id", "text").append("n", 6)); // its id is free again
        });

    with(
        c -> {
          assertThat(c.find(Filters.eq("_id", oid)).first().get("n")).isEqualTo(10);
          assertThat(duplicateCode(() -> c.insertOne(new Document("_id", "new")))).isEqualTo(11000);
          c.deleteMany(new Document());
          assertThat(c.countDocuments()).isZero();
          c.insertOne(new Document("_id", oid)); // all ids free after the delete
        });

    MVStore store = file();
    try {
      assertThat(store.hasMap("databases.db.things")).isTrue();
      assertThat(store.hasMap(ID_MAP)).isFalse();
    } finally {
      store.close();
    }
  }

  @Test
  void theSecondMapOfIdsOfAnEarlierStoreIsRemovedAtStart() {
    with(c -> c.insertOne(new Document("_id", "kept")));
    MVStore store = file();
    store.openMap(ID_MAP, StoreFormat.uniqueIndex()); // as a store written before this change
    store.commit();
    assertThat(store.hasMap(ID_MAP)).isTrue();
    store.close();

    with(
        c -> {
          assertThat(c.find(Filters.eq("_id", "kept")).first()).isNotNull();
          assertThat(duplicateCode(() -> c.insertOne(new Document("_id", "kept"))))
              .isEqualTo(11000);
        });
    MVStore after = file();
    try {
      assertThat(after.hasMap(ID_MAP)).isFalse();
    } finally {
      after.close();
    }
  }
}
