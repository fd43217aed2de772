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
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean stop leaves a store whose last commit holds every write: the file of a store whose data
 * was mostly rewritten and deleted opens again with everything that was left in it, and the journal
 * keeps one empty segment, nothing to apply.
 */
class CleanStopTest {

  private static final int DOCUMENTS = 2000;
  private static final int KEPT = 200;

  @TempDir Path dir;

  private final Random random = new Random(42);

  @Test
  void aCleanStopKeepsEveryDocumentAndLeavesTheJournalEmpty() throws Exception {
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
          }
        }
      }
      docs.deleteMany(Filters.gte("_id", KEPT));
    }
    server.stop();

    try (Stream<Path> segments =
        Files.list(dir.resolve(EmbeddedMongoServer.DATABASE_FILE + ".journal"))) {
      List<Path> left = segments.toList();
      assertThat(left).hasSize(1);
      assertThat(Files.size(left.get(0))).isZero();
    }
    EmbeddedMongoServer reopened = EmbeddedMongoServer.onFile(dir);
    try (MongoClient client = MongoClients.create(reopened.connectionString())) {
      List<Document> kept = new ArrayList<>();
      client.getDatabase("db").getCollection("docs").find().sort(new Document("_id", 1)).into(kept);
      assertThat(kept).containsExactlyElementsOf(last.subList(0, KEPT));
    } finally {
      reopened.stop();
    }
  }

  /** 1 KB that does not compress. */
  private String body() {
    byte[] bytes = new byte[512];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
