package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean stop gives back the space of the chunks H2 dropped: the file of a store whose data was
 * mostly rewritten and deleted shrinks when the server stops, and opens again with everything that
 * was left in it.
 */
class CleanStopCompactionTest {

  private static final int DOCUMENTS = 2000;
  private static final int KEPT = 200;

  @TempDir Path dir;

  private final Random random = new Random(42);
  private int checkpoints;

  @Test
  void aCleanStopShrinksTheFileAndKeepsEveryDocument() throws Exception {
    Path file = dir.resolve(EmbeddedMongoServer.DATABASE_FILE);
    EmbeddedMongoServer server = EmbeddedMongoServer.onFile(dir);
    List<Document> last = new ArrayList<>();
    try (MongoClient client = MongoClients.create(server.connectionString())) {
      MongoCollection<Document> docs = client.getDatabase("db").getCollection("docs");
      for (int batch = 0; batch < DOCUMENTS / 100; batch++) {
        List<Document> inserted = new ArrayList<>();
        for (int i = batch * 100; i < (batch + 1) * 100; i++) {
          inserted.add(new Document("_id", i).append("body", body()));
        }
        docs.insertMany(inserted);
        checkpoint(client);
      }
      for (int round = 0; round < 3; round++) {
        last.clear();
        List<WriteModel<Document>> replaced = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
          Document d = new Document("_id", i).append("body", body());
          last.add(d);
          replaced.add(new ReplaceOneModel<>(Filters.eq("_id", i), d));
          if (replaced.size() == 100) {
            docs.bulkWrite(replaced);
            replaced.clear();
            checkpoint(client);
          }
        }
      }
      docs.deleteMany(Filters.gte("_id", KEPT));
    }
    long before = Files.size(file);

    server.stop();
    long after = Files.size(file);

    assertThat(after).as("file after the stop, was %d bytes", before).isLessThan(before / 2);
    EmbeddedMongoServer reopened = EmbeddedMongoServer.onFile(dir);
    try (MongoClient client = MongoClients.create(reopened.connectionString())) {
      List<Document> kept = new ArrayList<>();
      client.getDatabase("db").getCollection("docs").find().sort(new Document("_id", 1)).into(kept);
      assertThat(kept).containsExactlyElementsOf(last.subList(0, KEPT));
    } finally {
      reopened.stop();
    }
  }

  /**
   * Has H2 commit its pages now, as it does about once a second under writes (the writes are in the
   * journal meanwhile): a command that creates a collection is answered once a commit holds it.
   */
  private void checkpoint(MongoClient client) {
    client.getDatabase("db").createCollection("checkpoint-" + checkpoints++);
  }

  /** 1 KB that does not compress. */
  private String body() {
    byte[] bytes = new byte[512];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
