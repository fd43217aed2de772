package dev.omnichannel.adapters.mongo.embedded;

import java.time.Duration;
import org.h2.mvstore.MVStore;

/**
 * H2's commits of its pages while the {@link Journal} holds what writes acknowledged: about once a
 * second, and once a schema command asks. Each moves the journal to a new segment while no write is
 * under way and records it in the same commit, so that the commit holds every record of the
 * segments before it, which go once it is synced.
 */
final class Checkpoints {

  private final MVStore store;
  private final CommitBarrier barrier;
  private final Journal journal;
  private final JournalMarks marks;
  private final GroupCommit commits;

  Checkpoints(
      MVStore store, CommitBarrier barrier, Journal journal, JournalMarks marks, Duration every) {
    this.store = store;
    this.barrier = barrier;
    this.journal = journal;
    this.marks = marks;
    this.commits = new GroupCommit(store, this::commit, every, "embedded-store-checkpoint");
  }

  /** Returns once a commit that holds everything written before the call is synced. */
  void awaitDurable() {
    commits.awaitDurable();
  }

  /** Stops committing, once the commit under way is done. */
  void stop() {
    commits.close();
  }

  /**
   * The last commit, at a clean close, then {@code close} (H2's own, whose commit then has nothing
   * left): it takes whole writes too (a command may still be running) and holds every record, so
   * the next start applies none.
   */
  void last(Runnable close) {
    long[] segment = new long[1];
    barrier.exclusive(
        () -> {
          segment[0] = rotateAndCommit();
          store.sync();
          close.run();
        });
    journal.deleteBefore(segment[0]);
    journal.close();
  }

  private void commit() {
    long[] segment = new long[1];
    barrier.commit(() -> segment[0] = rotateAndCommit());
    store.sync();
    journal.deleteBefore(segment[0]);
  }

  /** A new segment, recorded in the commit that follows; returns its number. */
  private long rotateAndCommit() {
    long segment = journal.rotate();
    marks.segment(segment);
    store.commit();
    return segment;
  }
}
