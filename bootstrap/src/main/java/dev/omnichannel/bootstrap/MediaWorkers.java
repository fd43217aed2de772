package dev.omnichannel.bootstrap;

import dev.omnichannel.application.media.MediaFetching;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fetches customers' files on threads of their own (a bounded pool: a slow provider ties up these
 * and nothing else), polling for due ones every half second; pending fetches are in the store, so a
 * restart or another replica picks them up.
 */
@Singleton
public class MediaWorkers {

  private static final Logger LOG = Logger.getLogger(MediaWorkers.class);
  private static final long IDLE_MILLIS = 500;

  private final MediaFetching fetching;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  MediaWorkers(MediaFetching fetching) {
    this.fetching = fetching;
  }

  @ConfigProperty(name = "omnichannel.media.workers", defaultValue = "2")
  int workers;

  @ConfigProperty(name = "omnichannel.media.enabled", defaultValue = "true")
  boolean enabled;

  /** Starts the threads, once the server listens ({@link BackgroundStart}). */
  void start() {
    if (!enabled) {
      LOG.info("Media fetching is off on this replica");
      return;
    }
    running = true;
    for (int i = 1; i <= workers; i++) {
      Thread thread = new Thread(this::work, "omnichannel-media-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  void stop(@Observes ShutdownEvent ignored) {
    running = false;
    threads.forEach(Thread::interrupt);
    for (Thread t : threads) {
      try {
        t.join(5_000); // gone before the application and its store close
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void work() {
    while (running) {
      try {
        if (!fetching.fetchOnce()) {
          Thread.sleep(IDLE_MILLIS);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return; // stopping: the interrupt ended a call to the store or a provider
        }
        LOG.warnf("Fetching media failed, trying again shortly: %s", e.toString());
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }
}
