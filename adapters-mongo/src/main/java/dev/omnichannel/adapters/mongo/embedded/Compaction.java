package dev.omnichannel.adapters.mongo.embedded;

import java.time.Duration;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.jboss.logging.Logger;

/**
 * Keeps the store's file compact, in place of H2's background writer (whose compaction is off):
 * that one rewrote chunks whenever the store looked idle — at each start too, taking about a core
 * for seconds of it. Two tools: moving chunks into the holes dropped chunks left, so the file can
 * shrink (it copies bytes, decodes nothing), and rewriting the emptiest chunks, which decodes and
 * writes their live pages again, so it goes a little at a time — more while nothing writes.
 */
public final class Compaction {

  private static final Logger LOG = Logger.getLogger(Compaction.class);

  /** Chunks are moved while less than this share of the file (percent) is in chunks. */
  private static final int MOVE_BELOW_FILL = 80;

  /** At most this much is moved at a time while running: a move holds up commits meanwhile. */
  private static final long MOVE_BYTES = 4L << 20;

  /** Chunks are rewritten while less than this share of them is live: H2's target under writes. */
  private static final int REWRITE_BELOW_LIVE = 45;

  /** ... and while nothing has written since the last look: H2's own idle target. */
  private static final int IDLE_REWRITE_BELOW_LIVE = 70;

  private static final int REWRITE_BYTES = 2 << 20;

  /** A clean stop moves chunks until this share of the file is in chunks, or the time is up. */
  private static final int STOP_FILL = 95;

  private static final long STOP_MOVE_BYTES = 64L << 20;
  private static final int STOP_REWRITE_BELOW_LIVE = 50;
  private static final int STOP_REWRITE_BYTES = 16 << 20;

  private final IndexedH2Backend backend;
  private long lastVersion = -1;

  public Compaction(IndexedH2Backend backend) {
    this.backend = backend;
  }

  /** One look, as often as every second: a move, or a small rewrite, or nothing. */
  public void step() {
    MVStore store = backend.getMvStore();
    if (!(store.getFileStore() instanceof RandomAccessStore file)
        || store.isClosed()
        || backend.failure().isPresent()) {
      return;
    }
    long version = store.getCurrentVersion();
    boolean idle = version == lastVersion;
    lastVersion = version;
    if (file.getFillRate() < MOVE_BELOW_FILL) {
      file.compactMoveChunks(MOVE_BELOW_FILL, MOVE_BYTES, store);
    } else {
      store.compact(idle ? IDLE_REWRITE_BELOW_LIVE : REWRITE_BELOW_LIVE, REWRITE_BYTES);
    }
  }

  /**
   * At a clean stop, for {@code budget} at most: drops the chunks no version needs any more, moves
   * chunks until the file is nearly all chunks, and rewrites the emptiest chunks while they are
   * mostly dead.
   */
  public void beforeClose(Duration budget) {
    MVStore store = backend.getMvStore();
    if (!(store.getFileStore() instanceof RandomAccessStore file)
        || store.isClosed()
        || backend.failure().isPresent()) {
      return;
    }
    // nothing writes any more and every commit is synced: dropped chunks are free at once
    store.setRetentionTime(0);
    long size = file.size();
    long deadline = System.nanoTime() + budget.toNanos();
    while (System.nanoTime() < deadline) {
      file.compactMoveChunks(STOP_FILL, STOP_MOVE_BYTES, store); // drops unused chunks first
      if (file.getFillRate() >= STOP_FILL
          && !store.compact(STOP_REWRITE_BELOW_LIVE, STOP_REWRITE_BYTES)) {
        break;
      }
    }
    if (file.size() < size) {
      LOG.infof("Compacted the embedded store: %d MB, was %d MB", file.size() >> 20, size >> 20);
    }
  }
}
