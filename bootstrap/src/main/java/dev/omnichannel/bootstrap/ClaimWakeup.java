package dev.omnichannel.bootstrap;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the delivery workers of this replica. A delivery known to be due is a permit: it wakes one
 * worker for one claim. When how many are due is unknown (a retry asked for, a replay), a look
 * wakes every worker to claim until it finds nothing; so does a wait that times out (the poll that
 * finds retries coming due and other replicas' work). A signal is not lost when nobody waits: the
 * next wait takes it at once. Waking every worker for every delivery made most claims come back
 * empty: about seven a message at 60 webhooks/s, each a round trip to the store.
 */
final class ClaimWakeup {

  /** Permits beyond this many are pointless: the workers would look until nothing is due. */
  private static final long MOST_PERMITS = 1 << 20;

  /**
   * How a wait ended.
   *
   * @param look claim until nothing is due (a look or the poll), or else claim once (a permit)
   * @param looks the looks seen so far, for the next wait
   */
  record Wake(boolean look, long looks) {}

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition signalled = lock.newCondition();
  private long permits;
  private long looks;

  /** {@code count} deliveries became due: as many claims. */
  void permit(int count) {
    if (count <= 0) {
      return;
    }
    lock.lock();
    try {
      permits = Math.min(MOST_PERMITS, permits + count);
      if (count == 1) {
        signalled.signal();
      } else {
        signalled.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** An unknown number of deliveries became due: every worker looks. */
  void look() {
    lock.lock();
    try {
      looks++;
      signalled.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The first wait's start: a worker that starts looks first. */
  Wake start() {
    lock.lock();
    try {
      return new Wake(true, looks);
    } finally {
      lock.unlock();
    }
  }

  /** Waits for a permit (taking it), a look newer than {@code last}'s, or {@code timeout}. */
  Wake await(Wake last, Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (permits == 0 && looks == last.looks() && nanos > 0) {
        nanos = signalled.awaitNanos(nanos);
      }
      if (looks != last.looks() || permits == 0) {
        return new Wake(true, looks);
      }
      permits--;
      return new Wake(false, looks);
    } finally {
      lock.unlock();
    }
  }
}
