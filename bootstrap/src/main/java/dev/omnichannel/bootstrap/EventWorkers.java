package dev.omnichannel.bootstrap;

import dev.omnichannel.application.event.DeliveryDispatcher;
import dev.omnichannel.application.event.EventRouter;
import dev.omnichannel.application.event.LiveFeed;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.EventStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The background work of events, on threads of its own so it never slows webhooks or the API: the
 * router (one replica at a time holds its lease), a bounded pool of delivery workers, the live feed
 * for streams, and housekeeping (forgetting old events, the outbox gauges).
 */
@Singleton
public class EventWorkers {

  private static final Logger LOG = Logger.getLogger(EventWorkers.class);

  /** Events and finished deliveries are kept this long (the feed promises 7 days). */
  static final Duration KEPT = Duration.ofDays(8);

  private final EventRouter router;
  private final DeliveryDispatcher dispatcher;
  private final LiveFeed live;
  private final WorkSignals signals;
  private final EventStore events;
  private final DeliveryRepository deliveries;
  private final Clock clock;
  private final AtomicLong lagMillis = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private final BackgroundThreads threads = new BackgroundThreads(LOG);

  EventWorkers(
      EventRouter router,
      DeliveryDispatcher dispatcher,
      LiveFeed live,
      WorkSignals signals,
      EventStore events,
      DeliveryRepository deliveries,
      Clock clock,
      MeterRegistry registry) {
    this.router = router;
    this.dispatcher = dispatcher;
    this.live = live;
    this.signals = signals;
    this.events = events;
    this.deliveries = deliveries;
    this.clock = clock;
    Gauge.builder("omnichannel.outbox.lag", lagMillis, v -> v.get() / 1000.0)
        .description("How overdue the oldest due delivery is")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("omnichannel.outbox.pending", pending, AtomicLong::get)
        .description("Deliveries not delivered, failed or cancelled yet")
        .register(registry);
  }

  @ConfigProperty(name = "omnichannel.events.workers", defaultValue = "4")
  int workers;

  @ConfigProperty(name = "omnichannel.events.enabled", defaultValue = "true")
  boolean enabled;

  /** Starts the threads, once the server listens ({@link BackgroundStart}). */
  void start() {
    if (!enabled) {
      LOG.info("Event routing and delivery are off on this replica");
      return;
    }
    loop(
        "omnichannel-event-router",
        signals.router,
        Duration.ofMillis(250),
        () -> router.routeBatch() ? 1 : 0);
    loop("omnichannel-live-feed", signals.feed, Duration.ofMillis(500), this::pollFeed);
    for (int i = 1; i <= workers; i++) {
      claims("omnichannel-delivery-" + i, signals.deliveries, Duration.ofMillis(500));
    }
    loop(
        "omnichannel-event-housekeeping",
        new WorkSignals.Wakeup(),
        Duration.ofSeconds(10),
        this::housekeeping);
  }

  void stop(@Observes ShutdownEvent ignored) {
    threads.stop();
  }

  /** Work that tells how much it did; it runs again at once while it does anything. */
  @FunctionalInterface
  interface Work {
    int run() throws Exception;
  }

  private void loop(String name, WorkSignals.Wakeup wakeup, Duration idle, Work work) {
    long[] seen = {wakeup.generation()};
    threads.start(
        name,
        () -> {
          if (work.run() == 0) {
            seen[0] = wakeup.await(seen[0], idle);
          }
        });
  }

  /**
   * A delivery worker: one claim for each permit it takes; after a look, or a wait that timed out,
   * claims until nothing is due.
   */
  private void claims(String name, ClaimWakeup wakeup, Duration idle) {
    ClaimWakeup.Wake[] last = {wakeup.start()};
    threads.start(
        name,
        () -> {
          if (!last[0].look()) {
            dispatcher.deliverOnce();
          } else {
            while (threads.running() && dispatcher.deliverOnce()) {
              // the next one, if any is due
            }
          }
          last[0] = wakeup.await(last[0], idle);
        });
  }

  private int pollFeed() {
    if (live.hasSubscribers()) {
      live.poll();
    }
    return 0;
  }

  private Instant lastCleanup = Instant.EPOCH;

  private int housekeeping() {
    Instant now = clock.instant();
    lagMillis.set(
        deliveries.oldestDue(now).map(due -> Duration.between(due, now).toMillis()).orElse(0L));
    pending.set(deliveries.pendingCount());
    if (Duration.between(lastCleanup, now).compareTo(Duration.ofHours(1)) >= 0) {
      lastCleanup = now;
      long forgotten = events.deleteOlderThan(now.minus(KEPT));
      long finished = deliveries.deleteFinishedBefore(now.minus(KEPT));
      if (forgotten + finished > 0) {
        LOG.infof(
            "Forgot %d events and %d finished deliveries older than 8 days", forgotten, finished);
      }
    }
    return 0;
  }
}
