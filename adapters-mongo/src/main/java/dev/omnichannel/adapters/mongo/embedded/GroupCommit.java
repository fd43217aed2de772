package dev.omnichannel.adapters.mongo.embedded;

import java.time.Duration;
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
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition requested = lock.newCondition();
  private final Condition done = lock.newCondition();
  private final Thread committer;
  private long asked;
  private long committed;
  private RuntimeException failure;
  private volatile boolean open = true;

  GroupCommit(MVStore store) {
    this.store = store;
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
      while (committed < ticket) {
        if (failure != null) {
          throw failure;
        }
        done.awaitUninterruptibly();
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
        store.commit();
        store.sync();
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
