package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.Leases;
import dev.omnichannel.domain.delivery.OutboxRepository;
import dev.omnichannel.domain.delivery.OutboxRepository.Drained;
import dev.omnichannel.domain.delivery.OutboxRepository.Source;
import dev.omnichannel.domain.delivery.PassOrder;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.platform.PlatformRepository;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

/**
 * Moves events from the outboxes of sessions and contacts into the feed: gives each its session
 * {@code sequence} and feed position, writes its body once, and creates a delivery for every
 * platform that receives it. One replica routes at a time (a lease); every step is idempotent, so a
 * router that dies half-way leaves work the next one completes without doubling it.
 */
public class EventRouter {

  static final String LEASE = "event-router";
  static final Duration LEASE_LENGTH = Duration.ofSeconds(15);

  /**
   * The holder renews its lease once this much of it has passed, not at every pass: it still holds
   * it for two thirds of its length (by its own clock), and a new holder fences it anyway (epochs).
   */
  static final Duration RENEWAL = LEASE_LENGTH.dividedBy(3);

  static final int BATCH = 100;

  private final OutboxRepository outbox;
  private final EventStore store;
  private final DeliveryRepository deliveries;
  private final PlatformRepository platforms;
  private final EventRenderer renderer;
  private final RouterLease lease;
  private final EventSignals signals;
  private final BiConsumer<ClientIdentifier, String> contactAnnounced;
  private final IdGenerator ids;
  private final Clock clock;

  private long epoch = -1;
  private long nextFeedSeq;

  public EventRouter(
      OutboxRepository outbox,
      EventStore store,
      DeliveryRepository deliveries,
      PlatformRepository platforms,
      EventRenderer renderer,
      Leases leases,
      EventSignals signals,
      BiConsumer<ClientIdentifier, String> contactAnnounced,
      IdGenerator ids,
      Clock clock,
      String owner) {
    this.outbox = outbox;
    this.store = store;
    this.deliveries = deliveries;
    this.platforms = platforms;
    this.renderer = renderer;
    this.lease = new RouterLease(leases, owner, clock);
    this.signals = signals;
    this.contactAnnounced = contactAnnounced;
    this.ids = ids;
    this.clock = clock;
  }

  /**
   * Routes one batch if this replica holds the lease.
   *
   * @return whether more may be waiting already: only a full batch leaves outboxes behind (an event
   *     written after the batch was read wakes the router anyway), so a pass after a partial one
   *     would only ask the store for nothing
   */
  public synchronized boolean routeBatch() {
    return pass().full();
  }

  private RouterPass pass() {
    OptionalLong held = lease.held(epoch);
    if (held.isEmpty()) {
      epoch = -1;
      return RouterPass.NONE;
    }
    if (held.getAsLong() != epoch) {
      epoch = held.getAsLong();
      nextFeedSeq = store.lastFeedSeq() + 1;
    }
    RouterPass pass = RouterPass.NONE;
    try {
      List<Source> sources = outbox.pending(BATCH);
      if (!sources.isEmpty()) {
        pass = route(sources).full(RouterPass.full(sources, BATCH));
      }
    } catch (RuntimeException e) {
      epoch = -1; // another router may have written meanwhile: read the feed's end again
      throw e;
    } finally {
      if (pass.moved() > 0) {
        store.commit(nextFeedSeq - 1, epoch == -1 ? held.getAsLong() : epoch);
        signals.feedCommitted();
        signals.deliveriesDue(pass.due());
      }
    }
    return pass;
  }

  /**
   * Routes a batch of sources in four writes whatever its size: the new events, their deliveries,
   * the drained outboxes, and then the feed's commit. A crash between them leaves events that the
   * next pass finds by id, so it only completes what is missing.
   */
  private RouterPass route(List<Source> sources) {
    Map<EventId, StoredEvent> existing =
        store.find(
            sources.stream().flatMap(s -> s.events().stream()).map(OutboxEvent::id).toList());
    // An id written twice (a provider's retry racing its first delivery) is one event.
    Map<EventId, StoredEvent> all = new LinkedHashMap<>();
    List<StoredEvent> fresh = new ArrayList<>();
    List<Drained> drained = new ArrayList<>();
    for (Source source : sources) {
      long sequence = source.lastSequence();
      for (OutboxEvent e : source.events()) {
        StoredEvent stored = existing.get(e.id());
        if (stored != null && stored.sequence() != null) {
          sequence = Math.max(sequence, stored.sequence());
        }
      }
      for (OutboxEvent e : source.events()) {
        if (all.containsKey(e.id())) {
          continue;
        }
        StoredEvent stored = existing.get(e.id());
        if (stored == null) {
          Long seq =
              source.kind() == Source.Kind.SESSION && e.sessionId() != null ? ++sequence : null;
          stored = stored(e, seq);
          fresh.add(stored);
        }
        all.put(e.id(), stored);
      }
      drained.add(
          new Drained(source, source.events().stream().map(OutboxEvent::id).toList(), sequence));
    }
    store.insertIfAbsent(fresh);
    PassOrder order =
        PassOrder.of(
            RoutedDeliveries.of(all.values(), platforms, ids, clock.instant()), parkedUntil());
    deliveries.createIfAbsent(order.deliveries(), order.awaited());
    outbox.drained(drained);
    all.values().stream()
        .filter(e -> e.type() == EventType.CONTACT_CREATED)
        .forEach(
            e -> contactAnnounced.accept(e.account(), e.orderKey().substring("contact:".length())));
    return new RouterPass(fresh.size(), order.dueNow(), false);
  }

  private StoredEvent stored(OutboxEvent e, Long seq) {
    return new StoredEvent(
        e.id(),
        e.type(),
        e.timestamp(),
        e.account(),
        e.sessionId(),
        seq,
        nextFeedSeq++,
        e.orderKey(),
        e.platforms(),
        renderer.envelope(e, seq));
  }

  /**
   * Until when a later delivery of an order routed in this pass waits at most (if the earlier one's
   * finish does not wake it first): as long as the dispatcher parks one behind a claimed delivery.
   */
  private Instant parkedUntil() {
    return clock.instant().plus(DeliveryDispatcher.LEASE).plus(DeliveryDispatcher.QUEUE_GAP);
  }
}
