package dev.omnichannel.adapters.mongo.embedded;

import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;

/**
 * H2's file, with its chunk rewrites aimed where they pay back. {@code MVStore.compact} asks H2 to
 * rewrite chunks of any fill, oldest first (H2 ranks them by fill divided by age), so under steady
 * writes it rewrote old chunks that were nearly all live and freed little for the work. Here a
 * rewrite takes only chunks emptier than {@link #rewriteBelow(int)} says — as H2's own housekeeping
 * does with the average fill, which it cannot be asked for from outside.
 */
public final class CompactingFileStore extends SingleFileStore {

  private static final int RETENTION_MS = 1000;

  private volatile int rewriteBelow = 100;
  private volatile Runnable mapsTaken = () -> {};

  /**
   * The embedded store's file, opened: compressed, old chunks kept a second, and no commit of H2's
   * own — neither a background one nor one in a writer's thread when unsaved pages pile up: every
   * commit is {@link Checkpoints}' or a chunk move's, taken between writes ({@link CommitBarrier});
   * compaction is {@link Compaction}'s.
   */
  public static MVStore open(String file) {
    CompactingFileStore fileStore =
        new CompactingFileStore(new HashMap<>(Map.of("cacheSize", 32, "autoCompactFillRate", 0)));
    fileStore.open(file, false, null);
    MVStore store =
        new MVStore.Builder()
            .adoptFileStore(fileStore)
            .compress()
            .autoCommitDisabled()
            .autoCommitBufferSize(0)
            .open();
    // Every commit is synced (and acknowledged writes are in the journal), so old chunks need not
    // outlive a second.
    store.setRetentionTime(RETENTION_MS);
    return store;
  }

  public CompactingFileStore(Map<String, Object> config) {
    super(config);
  }

  /** Chunks at most this live (percent) are rewritten from now on. */
  public void rewriteBelow(int fillRate) {
    this.rewriteBelow = fillRate;
  }

  /** {@code hook} runs when a commit has taken its maps and starts writing them out. */
  void whenMapsTaken(Runnable hook) {
    this.mapsTaken = hook;
  }

  /** Asked for once per chunk written, after the maps were taken (H2 2.4's serializeAndStore). */
  @Override
  public WriteBuffer getWriteBuffer() {
    mapsTaken.run();
    return super.getWriteBuffer();
  }

  @Override
  protected boolean rewriteChunks(int writeLimit, int targetFillRate) {
    return super.rewriteChunks(writeLimit, Math.min(targetFillRate, rewriteBelow));
  }
}
