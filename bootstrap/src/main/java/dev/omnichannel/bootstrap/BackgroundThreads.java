package dev.omnichannel.bootstrap;

import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Daemon threads that repeat a turn while the service runs: a turn that fails is logged and tried
 * again a second later; {@link #stop} interrupts them all and waits for each a little.
 */
final class BackgroundThreads {

  /** One turn of a thread. */
  @FunctionalInterface
  interface Turn {
    void run() throws Exception;
  }

  private final Logger log;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  BackgroundThreads(Logger log) {
    this.log = log;
  }

  boolean running() {
    return running;
  }

  void start(String name, Turn turn) {
    Thread thread =
        new Thread(
            () -> {
              while (running) {
                try {
                  turn.run();
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  if (!running) {
                    return; // stopping: the interrupt ended a call to the store or a platform
                  }
                  log.warnf("%s failed, trying again shortly: %s", name, e.toString());
                  try {
                    Thread.sleep(1_000);
                  } catch (InterruptedException stop) {
                    return;
                  }
                }
              }
            },
            name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  void stop() {
    running = false;
    threads.forEach(Thread::interrupt);
    for (Thread t : threads) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
