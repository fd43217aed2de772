package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an acknowledged write promises on the embedded store: the file and its journal as they are
 * on disk at that moment — what a crash would leave — hold the write and every unjournaled step
 * before it, also when many writers share syncs.
 */
class GroupCommitTest {

  @TempDir Path dir;

  private MongoServer server;
  private MongoClient client;
  private MongoCollection<Document> things;

  @BeforeEach
  void aStoreOnFile() {
    MVStore store =
        new MVStore.Builder()
            .fileName(dir.resolve("store.mv.db").toString())
            .autoCommitDisabled()
            .open();
    server = new MongoServer(new IndexedH2Backend(store));
    client = MongoClients.create(server.bindAndGetConnectionString());
    things = client.getDatabase("db").getCollection("things");
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void anAcknowledgedWriteIsOnDiskWithTheStepsBeforeIt() throws Exception {
    things
        .withWriteConcern(WriteConcern.W1.withJournal(false))
        .insertOne(new Document("_id", "step"));
    things.insertOne(new Document("_id", "last"));

    assertThat(idsOnDiskNow()).contains("step", "last");
  }

  @Test
  void concurrentWritersAreEachOnDiskWhenAnswered() throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<String>>> seen = new ArrayList<>();
      for (int w = 0; w < 16; w++) {
        String id = "w" + w;
        seen.add(
            writers.submit(
                () -> {
                  things.insertOne(new Document("_id", id));
                  return idsOnDiskNow();
                }));
      }
      for (int w = 0; w < 16; w++) {
        assertThat(seen.get(w).get()).contains("w" + w);
      }
    } finally {
      writers.shutdownNow();
    }
  }

  /** What a crash now would leave (the file and the journal), opened again: the ids it holds. */
  private synchronized List<String> idsOnDiskNow() {
    Path crash = CrashCopy.of(dir.resolve("store.mv.db"));
    List<String> ids = new ArrayList<>();
    CrashCopy.documents(crash, "things").forEach(d -> ids.add(String.valueOf(d.get("_id"))));
    return ids;
  }

  @Test
  void aWriteWaitingOnACommitThatNeverEndsFailsOnceTheStoreHasFailed() throws Exception {
    MVStore store = new MVStore.Builder().fileName(dir.resolve("failing.mv.db").toString()).open();
    CountDownLatch never = new CountDownLatch(1);
    GroupCommit commits = new GroupCommit(store, () -> awaitQuietly(never), Duration.ZERO);
    try {
      ExecutorService writer = Executors.newSingleThreadExecutor();
      Future<?> write = writer.submit(commits::awaitDurable);
      writer.shutdown();
      assertThat(write.isDone()).as("waiting on the hanging commit").isFalse();

      // H2 closes a store that fails so, and rethrows the error to whoever met it
      assertThatThrownBy(
              () ->
                  store.panic(
                      DataUtils.newMVStoreException(
                          DataUtils.ERROR_INTERNAL, "failed as in a disk error")))
          .isInstanceOf(MVStoreException.class);

      assertThatThrownBy(() -> write.get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(MVStoreException.class)
          .hasMessageContaining("failed as in a disk error");
    } finally {
      never.countDown();
      commits.close();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
