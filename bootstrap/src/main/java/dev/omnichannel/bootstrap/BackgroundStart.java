package dev.omnichannel.bootstrap;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Starts the background workers (events, media) once the HTTP server listens, not during the start:
 * with 200,000 messages and deliveries waiting, workers catching up from the first instant took the
 * CPU the start needed (ready about a second later, docs/performance.md). A server that sends no
 * such event (a unix socket only) gets them {@link #FALLBACK} after the start. They start once, and
 * never once the stop has begun.
 */
@Singleton
class BackgroundStart {

  private static final Logger LOG = Logger.getLogger(BackgroundStart.class);

  static final Duration FALLBACK = Duration.ofSeconds(10);

  private final List<Runnable> starts;
  private final Duration fallbackAfter;
  private Thread fallback;
  private boolean started;
  private boolean stopping;

  @Inject
  BackgroundStart(EventWorkers events, MediaWorkers media) {
    this(List.of(events::start, media::start), FALLBACK);
  }

  BackgroundStart(List<Runnable> starts, Duration fallbackAfter) {
    this.starts = List.copyOf(starts);
    this.fallbackAfter = fallbackAfter;
  }

  synchronized void fallback(@Observes StartupEvent ignored) {
    fallback =
        new Thread(
            () -> {
              try {
                Thread.sleep(fallbackAfter.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              begin("no server said it listens");
            },
            "omnichannel-background-start");
    fallback.setDaemon(true);
    fallback.start();
  }

  /** The thread that starts the workers if no server says it listens (tests wait for it). */
  synchronized Thread fallbackThread() {
    return fallback;
  }

  void listening(@ObservesAsync HttpServerStart ignored) {
    begin("the HTTP server listens");
  }

  void listening(@ObservesAsync HttpsServerStart ignored) {
    begin("the HTTPS server listens");
  }

  synchronized void begin(String why) {
    if (started || stopping) {
      return;
    }
    started = true;
    LOG.debugf("Background workers start: %s", why);
    starts.forEach(Runnable::run);
  }

  /** Before the workers' own stop (a lower priority runs first): nothing starts after it. */
  synchronized void stopping(@Observes @Priority(1) ShutdownEvent ignored) {
    stopping = true;
  }
}
