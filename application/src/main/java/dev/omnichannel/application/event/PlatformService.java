package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformRepository;
import dev.omnichannel.domain.platform.SigningSecret;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Platforms, their delivery logs, retries and replays. */
public class PlatformService implements ManagePlatformsUseCase, DeliveryLogUseCase {

  /** The most events one replay queues. */
  public static final int MAX_REPLAY = 10_000;

  private final PlatformRepository platforms;
  private final DeliveryRepository deliveries;
  private final EventStore events;
  private final EventSignals signals;
  private final IdGenerator ids;
  private final Clock clock;

  public PlatformService(
      PlatformRepository platforms,
      DeliveryRepository deliveries,
      EventStore events,
      EventSignals signals,
      IdGenerator ids,
      Clock clock) {
    this.platforms = platforms;
    this.deliveries = deliveries;
    this.events = events;
    this.signals = signals;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Registered register(ClientIdentifier account, String slug, Platform.Settings settings) {
    SigningSecret secret = SigningSecret.generate();
    Platform platform =
        Platform.register(ids.newId(), account, slug, settings, secret, clock.instant());
    platforms.insert(platform);
    return new Registered(platform, secret.value());
  }

  @Override
  public Platform get(ClientIdentifier account, String id) {
    return platforms.find(account, id).orElseThrow(() -> new NotFoundException("platform", id));
  }

  @Override
  public List<Platform> list(ClientIdentifier account) {
    return platforms.list(account);
  }

  @Override
  public Platform change(ClientIdentifier account, String id, Platform.Settings settings) {
    Platform changed = get(account, id).change(settings, clock.instant());
    platforms.update(changed);
    return changed;
  }

  @Override
  public String rotateSecret(ClientIdentifier account, String id) {
    SigningSecret next = SigningSecret.generate();
    platforms.update(get(account, id).rotate(next, clock.instant()));
    return next.value();
  }

  @Override
  public void remove(ClientIdentifier account, String id) {
    get(account, id);
    deliveries.cancelPending(id);
    platforms.delete(account, id);
    deliveries.cancelPending(id);
  }

  @Override
  public Page<Delivery> log(
      ClientIdentifier account, String platformId, DeliveryStatus status, PageRequest page) {
    get(account, platformId);
    return deliveries.log(account, platformId, status, page);
  }

  @Override
  public void retry(ClientIdentifier account, String platformId, String deliveryId) {
    Delivery delivery =
        deliveries
            .find(account, platformId, deliveryId)
            .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
    if (!(delivery.status() == DeliveryStatus.FAILED
        || delivery.status() == DeliveryStatus.CANCELLED)) {
      throw new InvalidInputException(
          "DELIVERY_NOT_RETRIABLE",
          List.of(
              new dev.omnichannel.domain.shared.FieldError(
                  "status", "only a failed or cancelled delivery is sent again")));
    }
    deliveries.retry(delivery, clock.instant());
    signals.deliveriesDue();
  }

  @Override
  public int replay(
      ClientIdentifier account,
      String platformId,
      Instant since,
      Instant until,
      Set<EventType> types) {
    Platform platform = get(account, platformId);
    Instant now = clock.instant();
    Instant end = until == null ? now : until;
    if (since == null || !since.isBefore(end)) {
      throw new InvalidInputException("since", "must be before until (or now)");
    }
    String replayId = ids.newId();
    List<Delivery> queued =
        events.window(account, since, end, types, MAX_REPLAY).stream()
            .filter(e -> platform.receives(e.type(), e.platforms()))
            .map(e -> replayOf(e, platform, replayId, now))
            .toList();
    deliveries.createIfAbsent(queued);
    signals.deliveriesDue();
    return queued.size();
  }

  private Delivery replayOf(StoredEvent e, Platform platform, String replayId, Instant now) {
    return Delivery.due(
        ids.newId(),
        Delivery.routedKey(e.id(), platform.id()) + ":replay:" + replayId,
        e,
        platform.id(),
        now);
  }
}
