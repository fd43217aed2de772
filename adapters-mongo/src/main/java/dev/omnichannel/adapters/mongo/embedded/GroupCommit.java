package dev.omnichannel.adapters.mongo.embedded;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.h2.mvstore.MVStore;

/**
 * Durable writes without a disk flush each: a caller returns once a commit that began after it
 * asked is done, and every caller that asks while a commit is running waits for the next one, which
 * then covers them all (group commit, as MongoDB's journal does with {@code j:true}). The commit is
 * the store's to say: the journal's sync, which acknowledged writes wait for, or H2's commit of its
 * pages (a checkpoint, {@link Checkpoints}). One thread commits; callers only wait. While the store
 * has unsaved changes a commit runs at least every interval ({@link #INTERVAL} for the journal:
 * writes nobody waits for are synced within it). A gap, when set (off by default), keeps commits
 * under steady writes at least that far apart, at the price of a longer wait for every acknowledged
 * write; the first commit after a quiet spell starts at once (docs/performance.md, "a commit gap").
 */
final class GroupCommit implements AutoCloseable {

  /** How long an unjournaled write ({@code j:false}) stays in memory at most, as MongoDB's. */
  static final Duration INTERVAL = Duration.ofMillis(100);

  /** How long closing waits for the commit under way. */
  private static final Duration LAST_COMMIT = Duration.ofSeconds(10);

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
  private final long gap;
  private final LongSupplier nanoTime;
  private final LongConsumer park;
  private final long interval;
  private long lastStart;

  /**
   * With {@code commit} writing and syncing what is pending, and {@code gap} the least time from
   * the start of one commit to the next (zero: none).
   */
  GroupCommit(MVStore store, Runnable commit, Duration gap) {
    this(store, commit, gap, System::nanoTime, LockSupport::parkNanos);
  }

  /**
   * With {@code commit} run at least every {@code interval} while the store has unsaved changes, on
   * a thread called {@code name}.
   */
  GroupCommit(MVStore store, Runnable commit, Duration interval, String name) {
    this(store, commit, Duration.ZERO, System::nanoTime, LockSupport::parkNanos, interval, name);
  }

  /** With the time it reads and the way it waits out {@code gap} (tests keep both). */
  GroupCommit(
      MVStore store, Runnable commit, Duration gap, LongSupplier nanoTime, LongConsumer park) {
    this(store, commit, gap, nanoTime, park, INTERVAL, "embedded-store-commit");
  }

  private GroupCommit(
      MVStore store,
      Runnable commit,
      Duration gap,
      LongSupplier nanoTime,
      LongConsumer park,
      Duration interval,
      String name) {
    this.interval = interval.toNanos();
    this.store = store;
    this.commit = commit;
    this.gap = gap.toNanos();
    this.nanoTime = nanoTime;
    this.park = park;
    this.lastStart = nanoTime.getAsLong() - this.gap;
    this.committer = new Thread(this::run, name);
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
        long waited = interval;
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
      long early = lastStart + gap - nanoTime.getAsLong();
      if (early > 0) {
        park.accept(early);
        target = asked(); // what was written meanwhile rides along
      }
      lastStart = nanoTime.getAsLong();
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

  private long asked() {
    lock.lock();
    try {
      return asked;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops committing, once a last commit of what is pending is done (waited for up to {@link
   * #LAST_COMMIT}): whoever closes the store next commits alone.
   */
  @Override
  public void close() {
    open = false;
    lock.lock();
    try {
      requested.signalAll();
    } finally {
      lock.unlock();
    }
    if (Thread.currentThread() != committer) {
      try {
        committer.join(LAST_COMMIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
