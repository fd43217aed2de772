package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before this one — by mongo-java-server's own H2 backend, in Java serialization —
 * is rewritten in BSON at its first start, once, with its documents and unique indexes intact.
 */
class StoreFormatTest {

  @TempDir Path dir;

  private <T> T with(MongoBackend backend, Function<MongoCollection<Document>, T> use) {
    MongoServer server = new MongoServer(backend);
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      return use.apply(client.getDatabase("db").getCollection("contacts"));
    } finally {
      server.shutdownNow();
    }
  }

  private MVStore file() {
    return new MVStore.Builder().fileName(dir.resolve("store.mv.db").toString()).open();
  }

  @Test
  void aStoreOfTheOldFormatIsRewrittenWithItsDocumentsAndUniqueKeys() {
    with(
        new H2Backend(file()),
        c -> {
          c.createIndex(Indexes.ascending("uniqueKey"), new IndexOptions().unique(true));
          c.createIndex(Indexes.ascending("account", "createdAt"));
          for (int i = 0; i < 300; i++) {
            c.insertOne(
                new Document("uniqueKey", "k" + i)
                    .append("account", "a" + i % 3)
                    .append("name", "João " + i)
                    .append("tags", List.of("x", i))
                    .append("createdAt", new Date(1_700_000_000_000L + i)));
          }
          return null;
        });

    for (int start = 0; start < 2; start++) {
      List<Object> names =
          with(
              new IndexedH2Backend(file()),
              c -> {
                List<Object> found = new ArrayList<>();
                c.find(new Document("account", "a1"))
                    .sort(new Document("createdAt", -1))
                    .limit(2)
                    .forEach(d -> found.add(d.get("name")));
                found.add(c.countDocuments());
                found.add(c.find(new Document("uniqueKey", "k42")).first().get("tags"));
                assertThatThrownBy(() -> c.insertOne(new Document("uniqueKey", "k7")))
                    .isInstanceOf(MongoWriteException.class);
                return found;
              });
      assertThat(names).containsExactly("João 298", "João 295", 300L, List.of("x", 42));
    }
  }

  @Test
  void aNewStoreIsWrittenInBsonFromTheStart() {
    with(
        new IndexedH2Backend(file()),
        c -> {
          c.insertOne(new Document("_id", "one").append("name", "Ana"));
          return null;
        });
    MVStore store = file();
    try {
      assertThat(store.hasMap(StoreFormat.MARKER)).isTrue();
      byte[] stored = store.openMap("databases.db.contacts", StoreFormat.documents()).get("one");
      assertThat(BsonBytes.decode(stored).get("name")).isEqualTo("Ana");
    } finally {
      store.close();
    }
  }
}
