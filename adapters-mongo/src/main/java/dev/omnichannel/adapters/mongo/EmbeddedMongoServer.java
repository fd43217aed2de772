package dev.omnichannel.adapters.mongo;

import de.bwaldvogel.mongo.MongoServer;
import dev.omnichannel.adapters.mongo.embedded.CompactingFileStore;
import dev.omnichannel.adapters.mongo.embedded.Compaction;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * The MongoDB the service runs on when no real one is configured: mongo-java-server speaking the
 * wire protocol on loopback, keeping its data in an H2 file (or in memory, for tests), with
 * secondary indexes and durable writes through a journal ({@link IndexedH2Backend}). The file is
 * compressed and kept compact ({@link Compaction}) four times a second from 30 s after it opens.
 */
public final class EmbeddedMongoServer {

  static final String DATABASE_FILE = "omnichannel.mv.db";
  private static final Logger LOG = Logger.getLogger(EmbeddedMongoServer.class);

  /** Enough threads that writers waiting for a commit never hold up the others. */
  private static final int WORKER_THREADS = 64;

  /** The store looks at its file this long after it opened, not during the service's start. */
  private static final Duration FIRST_COMPACTION = Duration.ofSeconds(30);

  private static final long COMPACTION_EVERY_MS = 250;

  /** How long a stop waits for the compaction's look under way. */
  private static final Duration LAST_LOOK = Duration.ofSeconds(8);

  private final MongoServer server;
  private final IndexedH2Backend backend;
  private final InetSocketAddress address;
  private final ScheduledExecutorService housekeeping;
  private final Compaction compaction;

  private EmbeddedMongoServer(IndexedH2Backend backend, boolean compacts) {
    this.backend = backend;
    this.server = new MongoServer(backend);
    server.bind(new InetSocketAddress("127.0.0.1", 0), 1, WORKER_THREADS);
    this.address = server.getLocalAddress();
    this.compaction = new Compaction(backend);
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
      housekeeping.scheduleWithFixedDelay(
          this::compact, FIRST_COMPACTION.toMillis(), COMPACTION_EVERY_MS, TimeUnit.MILLISECONDS);
    }
  }

  /** Starts a server keeping its data in {@code dataDir}. */
  public static EmbeddedMongoServer onFile(Path dataDir) {
    return onFile(dataDir, Duration.ZERO);
  }

  /**
   * Starts a server keeping its data in {@code dataDir}, its commits under steady writes at least
   * {@code commitGap} apart (zero: each starts as soon as a write waits for one).
   */
  public static EmbeddedMongoServer onFile(Path dataDir, Duration commitGap) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
    String file = dataDir.resolve(DATABASE_FILE).toAbsolutePath().toString();
    // Every commit is GroupCommit's, synced and taken between writes; Compaction compacts.
    MVStore store = CompactingFileStore.open(file);
    return new EmbeddedMongoServer(new IndexedH2Backend(store, commitGap), true);
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

  private void compact() {
    try {
      compaction.step();
    } catch (RuntimeException e) {
      LOG.warnf("Compacting the embedded store failed: %s", e.toString());
    }
  }

  public void stop() {
    if (housekeeping != null) {
      // not interrupted: an interrupt in the middle of a read or write closes H2's file channel,
      // after which the store can neither compact nor close cleanly; a look is short
      housekeeping.shutdown();
      try {
        housekeeping.awaitTermination(LAST_LOOK.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // no compaction at the stop: with H2's old chunks freed at once (retention 0) its rewrites and
    // moves left a file whose last chunk another had overwritten, twice in two full runs with
    // the journal's larger chunks (docs/decisions.md), and it gained nothing measurable
    server.shutdownNow();
  }
}
