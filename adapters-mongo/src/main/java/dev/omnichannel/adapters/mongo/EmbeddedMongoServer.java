package dev.omnichannel.adapters.mongo;

import de.bwaldvogel.mongo.MongoServer;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * The MongoDB the service runs on when no real one is configured: mongo-java-server speaking the
 * wire protocol on loopback, keeping its data in an H2 file (or in memory, for tests), with
 * secondary indexes and durable group commits ({@link IndexedH2Backend}). The file is compressed,
 * and compacted in the background when it holds much dead space.
 */
public final class EmbeddedMongoServer {

  static final String DATABASE_FILE = "omnichannel.mv.db";
  private static final Logger LOG = Logger.getLogger(EmbeddedMongoServer.class);

  /** Enough threads that writers waiting for a commit never hold up the others. */
  private static final int WORKER_THREADS = 64;

  private static final int AUTO_COMMIT_BUFFER_KB = 4096;
  private static final int RETENTION_MS = 1000;

  private final MongoServer server;
  private final IndexedH2Backend backend;
  private final InetSocketAddress address;
  private final ScheduledExecutorService housekeeping;

  private EmbeddedMongoServer(IndexedH2Backend backend, boolean compacts) {
    this.backend = backend;
    this.server = new MongoServer(backend);
    server.bind(new InetSocketAddress("127.0.0.1", 0), 1, WORKER_THREADS);
    this.address = server.getLocalAddress();
    this.housekeeping =
        compacts
            ? Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "embedded-store-compaction");
                  t.setDaemon(true);
                  return t;
                })
            : null;
    if (housekeeping != null) {
      housekeeping.scheduleWithFixedDelay(this::compact, 1, 1, TimeUnit.MINUTES);
    }
  }

  /** Starts a server keeping its data in {@code dataDir}. */
  public static EmbeddedMongoServer onFile(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
    String file = dataDir.resolve(DATABASE_FILE).toAbsolutePath().toString();
    // H2's background writer does the housekeeping that keeps the file small (rewriting chunks
    // that hold mostly old versions); commits that acknowledge writes are GroupCommit's, synced.
    MVStore store =
        new MVStore.Builder()
            .fileName(file)
            .compress()
            .autoCommitBufferSize(AUTO_COMMIT_BUFFER_KB)
            .cacheSize(32)
            .open();
    // Every acknowledged commit is synced, so old chunks need not outlive a second.
    store.setRetentionTime(RETENTION_MS);
    return new EmbeddedMongoServer(new IndexedH2Backend(store), true);
  }

  /** Starts a server that forgets everything when it stops. */
  public static EmbeddedMongoServer inMemory() {
    return new EmbeddedMongoServer(new IndexedH2Backend(new MVStore.Builder().open()), false);
  }

  /** The error the store failed with, once it has (its file can no longer be written). */
  public Optional<? extends RuntimeException> failure() {
    return backend.failure();
  }

  public String connectionString() {
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  /** Rewrites the least-filled parts of the file while it holds mostly dead space. */
  private void compact() {
    try {
      MVStore store = backend.getMvStore();
      if (store.isClosed()) {
        return;
      }
      int fill = store.getFillRate();
      if (fill < 50) {
        store.compact(80, 16 * 1024 * 1024);
        LOG.debugf("Compacted the embedded store (fill rate was %d%%)", fill);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Compacting the embedded store failed: %s", e.toString());
    }
  }

  public void stop() {
    if (housekeeping != null) {
      housekeeping.shutdownNow();
    }
    server.shutdownNow();
  }
}
