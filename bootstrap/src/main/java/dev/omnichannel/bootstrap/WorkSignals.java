package dev.omnichannel.bootstrap;

import dev.omnichannel.application.event.EventSignals;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Wakes this replica's background loops at once; without a signal each polls on its own. */
@Singleton
public class WorkSignals implements EventSignals {

  final Wakeup router = new Wakeup();
  final ClaimWakeup deliveries = new ClaimWakeup();
  final Wakeup feed = new Wakeup();

  @Override
  public void eventsWritten() {
    router.signal();
  }

  @Override
  public void deliveriesDue() {
    deliveries.look();
  }

  @Override
  public void deliveriesDue(int count) {
    deliveries.permit(count);
  }

  @Override
  public void feedCommitted() {
    feed.signal();
  }

  /** A signal that is not lost when nobody waits: the next wait returns at once. */
  static final class Wakeup {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private long generation;

    void signal() {
      lock.lock();
      try {
        generation++;
        signalled.signalAll();
      } finally {
        lock.unlock();
      }
    }

    /** Waits for a signal newer than {@code seen}, or {@code timeout}; returns the generation. */
    long await(long seen, Duration timeout) throws InterruptedException {
      lock.lock();
      try {
        long nanos = timeout.toNanos();
        while (generation == seen && nanos > 0) {
          nanos = signalled.awaitNanos(nanos);
        }
        return generation;
      } finally {
        lock.unlock();
      }
    }

    long generation() {
      lock.lock();
      try {
        return generation;
      } finally {
        lock.unlock();
      }
    }
  }
}
