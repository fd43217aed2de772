package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import dev.omnichannel.adapters.mongo.StoreUnavailable;
import java.nio.file.Path;
import org.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once H2 has given up on the store, the embedded server refuses every command — a ping too, which
 * is what readiness asks — instead of answering pings while every write fails; and it still closes.
 */
class StoreFailureTest {

  @TempDir Path dir;

  @Test
  @Timeout(60) // closing a failed store used to spin forever
  void afterTheStoreFailsEveryCommandFailsAPingTooAndItStillCloses() {
    MVStore store = new MVStore.Builder().fileName(dir.resolve("s.mv.db").toString()).open();
    IndexedH2Backend backend = new IndexedH2Backend(store);
    try (Servers servers = new Servers()) {
      MongoDatabase db = servers.database(backend);
      db.getCollection("docs").insertOne(new Document("_id", 1));
      assertThat(db.runCommand(new Document("ping", 1)).get("ok", Number.class).intValue())
          .isEqualTo(1);
      assertThat(backend.failure()).isEmpty();

      assertThatThrownBy(
              () ->
                  store.panic(
                      DataUtils.newMVStoreException(
                          DataUtils.ERROR_WRITING_FAILED, "failed as in a disk error")))
          .isInstanceOf(MVStoreException.class);

      assertThat(backend.failure()).isPresent();
      assertThatThrownBy(() -> db.runCommand(new Document("ping", 1)))
          .isInstanceOf(MongoCommandException.class)
          .hasMessageContaining("the embedded store has failed")
          .satisfies(e -> assertThat(StoreUnavailable.is(e)).as("unavailable").isTrue());
      assertThatThrownBy(() -> db.getCollection("docs").find().first())
          .isInstanceOf(MongoCommandException.class);
    }
  }
}
