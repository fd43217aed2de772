package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged writes live in the journal until H2 commits its pages: a crash before that commit
 * loses none of them, whatever part of them a commit of H2's own already holds, and a record the
 * crash cut off ends the journal without costing those before it.
 */
class JournalTest {

  private static final Duration NEVER = Duration.ofDays(1);

  @TempDir Path dir;

  private Path file;
  private MVStore store;
  private IndexedH2Backend backend;

  private MongoCollection<Document> things(Servers servers) {
    file = dir.resolve("store.mv.db");
    store = CompactingFileStore.open(file.toString());
    backend = new IndexedH2Backend(store, Duration.ZERO, NEVER);
    MongoCollection<Document> things = servers.database(backend).getCollection("things");
    things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
    return things;
  }

  /** Inserts, an update and deletes; the key k8 goes to a new document once its own is gone. */
  private static void write(MongoCollection<Document> things) {
    for (int i = 0; i < 100; i++) {
      things.insertOne(new Document("_id", i).append("key", "k" + i).append("n", 0));
    }
    things.updateOne(Filters.eq("_id", 5), Updates.set("n", 1));
    things.deleteOne(Filters.eq("_id", 7));
    things.deleteOne(Filters.eq("_id", 8));
    things.insertOne(new Document("_id", 100).append("key", "k8").append("n", 2));
  }

  private static void assertAllWritesIn(List<de.bwaldvogel.mongo.bson.Document> documents) {
    Map<Integer, de.bwaldvogel.mongo.bson.Document> byId = new TreeMap<>();
    documents.forEach(d -> byId.put((Integer) d.get("_id"), d));
    assertThat(byId).hasSize(99).doesNotContainKeys(7, 8).containsKeys(0, 99, 100);
    assertThat(byId.get(5).get("n")).isEqualTo(1);
    assertThat(byId.get(100).get("key")).isEqualTo("k8");
  }

  @Test
  void acknowledgedWritesThatNoCommitHoldsSurviveACrash() {
    try (Servers servers = new Servers()) {
      MongoCollection<Document> things = things(servers);
      long version = store.getCurrentVersion();
      write(things);
      assertThat(store.getCurrentVersion()).as("commits since the index").isEqualTo(version);

      Path crash = CrashCopy.of(file);
      assertAllWritesIn(CrashCopy.documents(crash, "things"));

      // the unique index knows the documents applied again
      MongoCollection<Document> reopened =
          servers
              .database(
                  new IndexedH2Backend(new MVStore.Builder().fileName(crash.toString()).open()))
              .getCollection("things");
      assertThatThrownBy(() -> reopened.insertOne(new Document("key", "k8")))
          .isInstanceOf(MongoWriteException.class)
          .hasMessageContaining("duplicate key");
      reopened.insertOne(new Document("_id", 8).append("key", "k-new"));
      assertThat(reopened.find(Filters.eq("key", "k100")).first()).isNull();
      assertThat(reopened.find(Filters.eq("key", "k8")).first()).containsEntry("_id", 100);
    }
  }

  @Test
  void aCommitOfH2sOwnHoldingTheRecordsAlreadyChangesNothing() {
    try (Servers servers = new Servers()) {
      MongoCollection<Document> things = things(servers);
      write(things);
      // a commit that holds every record while the journal's mark still names them (as the one a
      // writer's thread makes when unsaved pages pile up): applied again in order, the record of
      // document 8 would meet its key on document 100
      store.commit();

      assertAllWritesIn(CrashCopy.documents(CrashCopy.of(file), "things"));
    }
  }

  @Test
  void aChunkMoveCommitsNoWriteTheJournalCouldStillLose() {
    try (Servers servers = new Servers()) {
      MongoCollection<Document> things = things(servers);
      things.insertOne(new Document("_id", 1).append("key", "u1"));
      // steps (j:false): answered before their records are synced
      MongoCollection<Document> steps = things.withWriteConcern(WriteConcern.W1.withJournal(false));
      steps.updateOne(Filters.eq("_id", 1), Updates.set("key", "u2"));
      steps.insertOne(new Document("_id", 2).append("key", "u1"));
      // a move commits inside; had it held the steps without their records, the replay would give
      // document 1 its synced key u1 back, which document 2 holds in that commit
      backend.betweenWrites(store::commit);

      Map<Object, Object> keys = new TreeMap<>();
      CrashCopy.documents(CrashCopy.of(file), "things")
          .forEach(d -> keys.put(d.get("_id"), d.get("key")));
      assertThat(keys).isEqualTo(Map.of(1, "u2", 2, "u1"));
    }
  }

  @Test
  void aRecordTheCrashCutOffEndsTheJournal() throws IOException {
    try (Servers servers = new Servers()) {
      MongoCollection<Document> things = things(servers);
      write(things);
      Path crash = CrashCopy.of(file);
      Path segment = lastSegment(crash);
      // half of a record: its length and checksum, and fewer bytes than the length says
      ByteBuffer cut = ByteBuffer.allocate(20).putInt(400).putInt(12345);
      Files.write(segment, cut.array(), StandardOpenOption.APPEND);

      assertAllWritesIn(CrashCopy.documents(crash, "things"));
    }
  }

  @Test
  void aCleanCloseLeavesNothingToApplyAndTheNextStartDeletesTheOldSegments() throws IOException {
    try (Servers servers = new Servers()) {
      write(things(servers));
    }
    List<de.bwaldvogel.mongo.bson.Document> documents = CrashCopy.documents(file, "things");

    assertAllWritesIn(documents);
    try (Stream<Path> segments = Files.list(JournalSegments.directoryOf(file.toString()))) {
      List<Path> left = segments.toList();
      assertThat(left).hasSize(1);
      assertThat(Files.size(left.get(0))).isZero();
    }
  }

  private static Path lastSegment(Path storeFile) throws IOException {
    try (Stream<Path> segments = Files.list(JournalSegments.directoryOf(storeFile.toString()))) {
      return segments.sorted().reduce((a, b) -> b).orElseThrow();
    }
  }
}
