package dev.omnichannel.adapters.mongo.embedded;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * Durable writes without a disk flush each: a write is acknowledged once a commit that includes it
 * is written and synced to disk, and every write that arrives while a commit is running waits for
 * the next one, which then covers them all (group commit, as MongoDB's journal does with {@code
 * j:true}). One thread commits; writers only wait. Writes nobody waits for are committed within
 * {@link #INTERVAL}.
 */
final class GroupCommit implements AutoCloseable {

  /** How long an unjournaled write ({@code j:false}) stays in memory at most, as MongoDB's. */
  static final Duration INTERVAL = Duration.ofMillis(100);

  private final MVStore store;
  private final Runnable commit;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition requested = lock.newCondition();
  private final Condition done = lock.newCondition();
  private final Thread committer;
  private long asked;
  private long committed;
  private RuntimeException failure;
  private volatile boolean open = true;

  GroupCommit(MVStore store) {
    this(
        store,
        () -> {
          store.commit();
          store.sync();
        });
  }

  /**
   * With {@code commit} writing and syncing what is pending (tests stand in a commit that hangs).
   */
  GroupCommit(MVStore store, Runnable commit) {
    this.store = store;
    this.commit = commit;
    this.committer = new Thread(this::run, "embedded-store-commit");
    committer.setDaemon(true);
    committer.start();
  }

  /** Returns once everything written before the call is on disk. */
  void awaitDurable() {
    lock.lock();
    try {
      long ticket = ++asked;
      requested.signal();
      boolean interrupted = false;
      try {
        while (committed < ticket) {
          if (failure != null) {
            throw failure;
          }
          // A store that failed (H2 "panics" on an error it cannot recover from) may never finish
          // the commit under way: fail the write then, rather than hold its caller forever.
          if (store.getPanicException() != null) {
            throw store.getPanicException();
          }
          try {
            done.await(1, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            interrupted = true; // a write is answered once durable or failed, as before
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    while (open) {
      long target;
      lock.lock();
      try {
        long waited = INTERVAL.toNanos();
        while (asked == committed && open && waited > 0) {
          try {
            waited = requested.awaitNanos(waited);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        target = asked;
      } finally {
        lock.unlock();
      }
      if (target == committed && !store.hasUnsavedChanges()) {
        continue;
      }
      RuntimeException error = null;
      try {
        commit.run();
      } catch (RuntimeException e) {
        error = e;
      }
      lock.lock();
      try {
        failure = error;
        if (error == null) {
          committed = target;
        }
        done.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public void close() {
    open = false;
    lock.lock();
    try {
      requested.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
