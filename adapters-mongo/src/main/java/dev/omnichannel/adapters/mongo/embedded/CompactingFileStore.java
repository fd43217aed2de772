package dev.omnichannel.adapters.mongo.embedded;

import java.util.Map;
import org.h2.mvstore.SingleFileStore;

/**
 * H2's file, with its chunk rewrites aimed where they pay back. {@code MVStore.compact} asks H2 to
 * rewrite chunks of any fill, oldest first (H2 ranks them by fill divided by age), so under steady
 * writes it rewrote old chunks that were nearly all live and freed little for the work. Here a
 * rewrite takes only chunks emptier than {@link #rewriteBelow(int)} says — as H2's own housekeeping
 * does with the average fill, which it cannot be asked for from outside.
 */
public final class CompactingFileStore extends SingleFileStore {

  private volatile int rewriteBelow = 100;

  public CompactingFileStore(Map<String, Object> config) {
    super(config);
  }

  /** Chunks at most this live (percent) are rewritten from now on. */
  public void rewriteBelow(int fillRate) {
    this.rewriteBelow = fillRate;
  }

  @Override
  protected boolean rewriteChunks(int writeLimit, int targetFillRate) {
    return super.rewriteChunks(writeLimit, Math.min(targetFillRate, rewriteBelow));
  }
}
