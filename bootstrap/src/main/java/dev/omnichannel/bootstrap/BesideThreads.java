package dev.omnichannel.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few threads for the steps a request runs beside its own write (a send's look for statuses kept
 * before its message was stored, while its event waits for the commit). A step none of them has
 * begun when the request needs it is run by the request itself, so they are never waited for.
 */
@ApplicationScoped
public class BesideThreads {

  static final int THREADS = 4;

  private final AtomicInteger made = new AtomicInteger();
  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          THREADS,
          task -> {
            Thread thread = new Thread(task, "omnichannel-beside-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  ExecutorService executor() {
    return pool;
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
