package dev.omnichannel.bootstrap;

import dev.omnichannel.application.event.DeliveryDispatcher;
import dev.omnichannel.application.event.DeliveryMetrics;
import dev.omnichannel.application.event.EventFeedService;
import dev.omnichannel.application.event.EventRenderer;
import dev.omnichannel.application.event.EventRouter;
import dev.omnichannel.application.event.EventSignals;
import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.event.LiveFeed;
import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.event.PlatformService;
import dev.omnichannel.application.event.WebhookSender;
import dev.omnichannel.application.media.ProfilePhotoService;
import dev.omnichannel.application.session.SessionOpenings;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.Leases;
import dev.omnichannel.domain.delivery.OutboxRepository;
import dev.omnichannel.domain.delivery.RetrySchedule;
import dev.omnichannel.domain.platform.PlatformRepository;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.IdGenerator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The events' use cases and background work, handed their ports (API.md §9). */
public class EventWiring {

  /** This replica's name in leases: unique per process. */
  @Produces
  @Singleton
  @ReplicaName
  String replicaName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "replica");
    return host + "-" + UUID.randomUUID();
  }

  @Produces
  @Singleton
  EventWriter eventWriter(EventRenderer renderer, EventSignals signals) {
    return new EventWriter(renderer, signals);
  }

  @Produces
  @Singleton
  MessageEvents messageEvents(
      SessionRepository sessions, ContactRepository contacts, EventWriter writer) {
    return new MessageEvents(sessions, contacts, writer);
  }

  @Produces
  @Singleton
  SessionOpenings sessionOpenings(SessionRepository sessions, EventWriter writer, IdGenerator ids) {
    return new SessionOpenings(sessions, writer, ids);
  }

  @Produces
  @Singleton
  EventRouter router(
      OutboxRepository outbox,
      EventStore store,
      DeliveryRepository deliveries,
      PlatformRepository platforms,
      EventRenderer renderer,
      Leases leases,
      EventSignals signals,
      ContactRepository contacts,
      ProfilePhotoService photos,
      IdGenerator ids,
      Clock clock,
      @ReplicaName String owner) {
    return new EventRouter(
        outbox,
        store,
        deliveries,
        platforms,
        renderer,
        leases,
        signals,
        (account, contactId) -> {
          contacts.markAnnounced(contactId);
          photos.arrived(account, contactId); // seed §4.1: a new contact's photo
        },
        ids,
        clock,
        owner);
  }

  /** The retry schedule of deliveries: the standard one unless configured (tests shorten it). */
  @Produces
  @Singleton
  RetrySchedule retrySchedule(
      @ConfigProperty(name = "omnichannel.events.retry-delays") List<Duration> delays,
      @ConfigProperty(name = "omnichannel.events.give-up-after") Duration giveUpAfter) {
    SecureRandom random = new SecureRandom();
    return new RetrySchedule(delays, giveUpAfter, random::nextDouble);
  }

  @Produces
  @Singleton
  DeliveryDispatcher dispatcher(
      DeliveryRepository deliveries,
      EventStore events,
      PlatformRepository platforms,
      WebhookSender sender,
      RetrySchedule schedule,
      DeliveryMetrics metrics,
      EventSignals signals,
      Clock clock) {
    return new DeliveryDispatcher(
        deliveries, events, platforms, sender, schedule, metrics, signals, clock);
  }

  @Produces
  @Singleton
  PlatformService platforms(
      PlatformRepository platforms,
      DeliveryRepository deliveries,
      EventStore events,
      EventSignals signals,
      IdGenerator ids,
      Clock clock) {
    return new PlatformService(platforms, deliveries, events, signals, ids, clock);
  }

  @Produces
  @Singleton
  EventFeedService feed(EventStore events) {
    return new EventFeedService(events);
  }

  @Produces
  @Singleton
  LiveFeed liveFeed(EventStore events) {
    return new LiveFeed(events);
  }
}
