package dev.omnichannel.adapters.mongo.embedded;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Keeps a commit from taking half a write. A write command changes several maps one after the other
 * (a document, then each of its index entries, then the collection's size), and H2 takes the maps
 * of a commit one after the other too, without a lock across them: a commit taken meanwhile would
 * hold the document without its unique entry (a retry after a crash would store it twice) or an
 * entry without its document. So write commands share the store while commits and chunk moves wait
 * for the ones under way and hold the next ones back — a commit only until H2 has taken its maps
 * (it then serializes them while writes go on), a move for its whole length (it commits inside).
 * Waiting is fair: a commit is not starved by writes that keep coming, nor writes by commits.
 */
final class CommitBarrier {

  private static final int ALL = Integer.MAX_VALUE;

  private final Semaphore permits = new Semaphore(ALL, true);
  private final AtomicBoolean committing = new AtomicBoolean();

  /** Runs a write command while no commit is taking the maps. */
  <T> T write(Supplier<T> command) {
    permits.acquireUninterruptibly();
    try {
      return command.get();
    } finally {
      permits.release();
    }
  }

  /**
   * Runs {@code commit} once no write is under way, holding writes back until {@link #mapsTaken()}
   * says H2 has taken the maps, or until it returns if H2 does not say (nothing to write).
   */
  void commit(Runnable commit) {
    permits.acquireUninterruptibly(ALL);
    committing.set(true);
    try {
      commit.run();
    } finally {
      mapsTaken();
    }
  }

  /** Called by the file when a commit starts writing what it took: writes may go on. */
  void mapsTaken() {
    if (committing.compareAndSet(true, false)) {
      permits.release(ALL);
    }
  }

  /** Runs {@code work} (a chunk move, which commits inside) with no write under way. */
  void exclusive(Runnable work) {
    permits.acquireUninterruptibly(ALL);
    try {
      work.run();
    } finally {
      permits.release(ALL);
    }
  }
}
