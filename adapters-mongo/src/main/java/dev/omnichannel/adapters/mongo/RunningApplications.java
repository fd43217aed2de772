package dev.omnichannel.adapters.mongo;

import java.time.Duration;

/** How many applications of this JVM are running, and a wait for none to be. */
final class RunningApplications {

  private int running;

  synchronized void started() {
    running++;
  }

  synchronized void stopped() {
    running = Math.max(0, running - 1);
    notifyAll();
  }

  /** Returns once no application runs, or after {@code atMost}. */
  synchronized void awaitNoneRunning(Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    long left;
    while (running > 0 && (left = deadline - System.nanoTime()) > 0) {
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
