package dev.omnichannel.adapters.mongo.embedded;

import java.util.function.LongSupplier;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Keeps the store's file compact, in place of H2's background writer (whose compaction is off):
 * that one rewrote chunks whenever the store looked idle — at each start too, taking about a core
 * for seconds of it. Two tools: moving chunks into the holes dropped chunks left, so the file can
 * shrink (it copies bytes, decodes nothing), and rewriting the emptiest chunks, which decodes and
 * writes their live pages again, so it goes a little at a time — more while nothing writes.
 */
public final class Compaction {

  /** Chunks are moved while less than this share of the file (percent) is in chunks. */
  private static final int MOVE_BELOW_FILL = 80;

  /** At most this much is moved at a time while running: a move holds up commits meanwhile. */
  private static final long MOVE_BYTES = 4L << 20;

  /**
   * Chunks are rewritten while less than this share of them is live: above H2's own target under
   * writes (45), which left the file twice the live data and more after long steady writes.
   */
  static final int REWRITE_BELOW_LIVE = 60;

  /**
   * While nothing else writes (no commit since the last look but the one its own work needed), the
   * looks catch up: chunks are moved until this share of the file is in chunks ...
   */
  private static final int IDLE_FILL = 95;

  private static final long IDLE_MOVE_BYTES = 16L << 20;

  /** ... and rewritten, more at a time, while less than this share of them is live. */
  static final int IDLE_REWRITE_BELOW_LIVE = 70;

  static final int IDLE_REWRITE_BYTES = 8 << 20;

  /**
   * Live bytes rewritten per look follow the writes: doubled at each look that finds the chunks
   * under the target, halved at each that finds them over it, between these two. A rewrite holds up
   * commits meanwhile, so the looks are frequent and each small.
   */
  static final int MIN_REWRITE_BYTES = 128 << 10;

  static final int MAX_REWRITE_BYTES = 2 << 20;

  /**
   * Under writes the looks take at most this share (percent) of one core's time: after a look that
   * worked for t, the next ones rest for t × (100 − share) / share. The requests come first.
   */
  static final int SHARE_UNDER_WRITES = 20;

  private final IndexedH2Backend backend;
  private final LongSupplier nanoTime;
  private long quietUntil = -1;
  private long restUntil;
  private int rewriteBytes = MIN_REWRITE_BYTES;
  private int worked;

  public Compaction(IndexedH2Backend backend) {
    this(backend, System::nanoTime);
  }

  /** With {@code nanoTime} telling the time (tests stand in a clock). */
  Compaction(IndexedH2Backend backend, LongSupplier nanoTime) {
    this.backend = backend;
    this.nanoTime = nanoTime;
    this.restUntil = nanoTime.getAsLong();
  }

  /** One look, a few times a second: a move, or a rewrite, or nothing. */
  public void step() {
    MVStore store = backend.getMvStore();
    if (!(store.getFileStore() instanceof RandomAccessStore file)
        || store.isClosed()
        || backend.failure().isPresent()) {
      return;
    }
    // chunks that rewrites emptied are freed by the next commit; none may come while idle
    file.dropUnusedChunks();
    boolean idle = backend.activity() <= quietUntil;
    long started = nanoTime.getAsLong();
    if (!idle && started - restUntil < 0) {
      quietUntil = backend.activity(); // resting; the next look sees whether writes went on
      return;
    }
    boolean worked = idle ? catchUp(store, file) : keepUp(store, file);
    if (worked) {
      this.worked++;
      long spent = nanoTime.getAsLong() - started;
      restUntil = started + spent + spent * (100 - SHARE_UNDER_WRITES) / SHARE_UNDER_WRITES;
    }
    // the version a rewrite's own commit (made shortly by the store's committer) will have
    quietUntil = backend.activity() + (worked ? 1 : 0);
  }

  /** Under writes: a rewrite that grows while the chunks stay mostly dead, and a small move. */
  private boolean keepUp(MVStore store, RandomAccessStore file) {
    int live = file.getChunksFillRate();
    boolean worked = false;
    if (live < REWRITE_BELOW_LIVE) {
      worked = rewrite(store, REWRITE_BELOW_LIVE, live, rewriteBytes);
      rewriteBytes = Math.min(rewriteBytes * 2, MAX_REWRITE_BYTES);
    } else {
      rewriteBytes = Math.max(rewriteBytes / 2, MIN_REWRITE_BYTES);
    }
    return move(store, file, MOVE_BELOW_FILL, MOVE_BYTES) || worked;
  }

  /** While nothing else writes: larger rewrites and moves, to higher targets. */
  private boolean catchUp(MVStore store, RandomAccessStore file) {
    int live = file.getChunksFillRate();
    boolean worked =
        live < IDLE_REWRITE_BELOW_LIVE
            && rewrite(store, IDLE_REWRITE_BELOW_LIVE, live, IDLE_REWRITE_BYTES);
    return move(store, file, IDLE_FILL, IDLE_MOVE_BYTES) || worked;
  }

  /** Moves chunks into holes, at most {@code bytes}, while under {@code fill} percent is chunks. */
  private boolean move(MVStore store, RandomAccessStore file, int fill, long bytes) {
    if (file.getFillRate() >= fill) {
      return false;
    }
    backend.betweenWrites(() -> file.compactMoveChunks(fill, bytes, store));
    return true;
  }

  /** The live bytes the next rewrite may write (for tests). */
  int rewriteBytes() {
    return rewriteBytes;
  }

  /** How many looks moved or rewrote something (for tests). */
  int looksThatWorked() {
    return worked;
  }

  /**
   * Rewrites up to {@code bytes} of live pages, while the chunks are on average ({@code live}) less
   * live than {@code target}, from chunks less live than halfway between the two: the emptiest
   * ones, which free the most for what they cost (however evenly the chunks are filled).
   */
  private static boolean rewrite(MVStore store, int target, int live, int bytes) {
    if (store.getFileStore() instanceof CompactingFileStore file) {
      file.rewriteBelow((live + target) / 2);
    }
    return store.compact(target, bytes);
  }
}
