package dev.omnichannel.bootstrap;

import dev.omnichannel.application.media.MediaFetching;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
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
  private final BackgroundThreads threads = new BackgroundThreads(LOG);

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
    for (int i = 1; i <= workers; i++) {
      threads.start(
          "omnichannel-media-" + i,
          () -> {
            if (!fetching.fetchOnce()) {
              Thread.sleep(IDLE_MILLIS);
            }
          });
    }
  }

  /** Ends the workers and waits for them, before the application and its store close. */
  void stop(@Observes ShutdownEvent ignored) {
    threads.stop();
  }
}
