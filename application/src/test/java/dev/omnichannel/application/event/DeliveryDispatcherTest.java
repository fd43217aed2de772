package dev.omnichannel.application.event;

import static dev.omnichannel.application.event.EventFixtures.ACCOUNT;
import static dev.omnichannel.application.event.EventFixtures.T0;
import static dev.omnichannel.application.event.EventFixtures.platform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.application.fakes.InMemoryDeliveries;
import dev.omnichannel.application.fakes.InMemoryEvents;
import dev.omnichannel.application.fakes.InMemoryPlatforms;
import dev.omnichannel.application.fakes.TestClock;
import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.delivery.RetrySchedule;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformScope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DeliveryDispatcherTest {

  private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
  private final InMemoryEvents events = new InMemoryEvents();
  private final InMemoryPlatforms platforms = new InMemoryPlatforms();
  private final TestClock clock = new TestClock(T0);
  private final List<String> outcomes = new ArrayList<>();
  private final Platform crm = platform("p1", "crm", PlatformScope.SESSIONS, Set.of(), true);

  private final DeliveryMetrics metrics =
      new DeliveryMetrics() {
        @Override
        public void attempt(String platformSlug, String outcome, Duration took) {
          outcomes.add(outcome);
        }

        @Override
        public void delivered(String platformSlug, Duration latency) {}
      };

  private final EventFixtures.Signals signals = new EventFixtures.Signals();

  private DeliveryDispatcher dispatcher(WebhookSender sender) {
    return new DeliveryDispatcher(
        deliveries,
        events,
        platforms,
        sender,
        RetrySchedule.standard(() -> 0.5),
        metrics,
        signals,
        clock);
  }

  private Delivery pending(String cause, long feedSeq) {
    EventId id = EventId.derived(EventType.MESSAGE_RECEIVED, cause, T0);
    events.insertIfAbsent(
        List.of(
            new StoredEvent(
                id,
                EventType.MESSAGE_RECEIVED,
                T0,
                ACCOUNT,
                "s1",
                feedSeq,
                feedSeq,
                "s1",
                Set.of("crm"),
                "{\"id\":\"" + id + "\"}")));
    Delivery d =
        new Delivery(
            "d" + feedSeq,
            Delivery.routedKey(id, crm.id()),
            id,
            EventType.MESSAGE_RECEIVED,
            crm.id(),
            ACCOUNT,
            "s1",
            feedSeq,
            DeliveryStatus.PENDING,
            List.of(),
            clock.instant(),
            clock.instant(),
            null);
    deliveries.createIfAbsent(List.of(d));
    return d;
  }

  @Test
  void aDeliveryIsSignedAsStandardWebhooksSays() throws Exception {
    platforms.insert(crm);
    Delivery d = pending("m1", 1);
    EventFixtures.Sender sender =
        new EventFixtures.Sender().answering(new WebhookSender.Answer(204, null));

    assertThat(dispatcher(sender).deliverOnce()).isTrue();

    EventFixtures.Sender.Post post = sender.posts.get(0);
    assertThat(post.url()).isEqualTo(crm.webhookUrl());
    assertThat(post.headers()).containsEntry("webhook-id", d.eventId().value());
    assertThat(post.headers())
        .containsEntry("webhook-timestamp", String.valueOf(T0.getEpochSecond()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(crm.secrets().current().value().substring(6)),
            "HmacSHA256"));
    String expected =
        "v1,"
            + Base64.getEncoder()
                .encodeToString(
                    mac.doFinal(
                        (d.eventId().value() + "." + T0.getEpochSecond() + "." + post.body())
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(post.headers()).containsEntry("webhook-signature", expected);
    assertThat(deliveries.byId.get(d.id()).status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(outcomes).containsExactly("delivered");
  }

  @Test
  void failuresAreTriedAgainOnTheScheduleForThreeDaysThenFailed() {
    platforms.insert(crm);
    Delivery d = pending("m1", 1);
    EventFixtures.Sender sender =
        new EventFixtures.Sender().answering(new WebhookSender.Answer(503, null));
    DeliveryDispatcher dispatcher = dispatcher(sender);
    List<Duration> waits = new ArrayList<>();

    while (deliveries.byId.get(d.id()).status() == DeliveryStatus.PENDING) {
      Instant before = clock.instant();
      assertThat(dispatcher.deliverOnce()).isTrue();
      assertThat(dispatcher.deliverOnce()).as("not due again at once").isFalse();
      Delivery now = deliveries.byId.get(d.id());
      if (now.status() == DeliveryStatus.PENDING) {
        waits.add(Duration.between(before, now.nextAttemptAt()));
        clock.advance(Duration.between(before, now.nextAttemptAt()));
      }
    }

    assertThat(waits.subList(0, 7))
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(3));
    assertThat(waits.subList(7, waits.size())).containsOnly(Duration.ofHours(3));
    Delivery failed = deliveries.byId.get(d.id());
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.attempts().get(failed.attempts().size() - 1).at())
        .isBefore(T0.plus(Duration.ofDays(3)));
    assertThat(sender.posts)
        .extracting(p -> p.headers().get("webhook-id"))
        .containsOnly(d.eventId().value());
    assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("failed");
  }

  @Test
  void aLaterEventWaitsForTheOneBeforeItAndGoesAsSoonAsThatIsDelivered() {
    platforms.insert(crm);
    Delivery first = pending("m1", 1);
    Delivery second = pending("m2", 2);
    EventFixtures.Sender sender =
        new EventFixtures.Sender()
            .answering(new WebhookSender.Answer(500, null), new WebhookSender.Answer(200, null));
    DeliveryDispatcher dispatcher = dispatcher(sender);

    dispatcher.deliverOnce(); // the first fails: due again in 5 s
    dispatcher.deliverOnce(); // the second is due, but waits behind the first
    assertThat(sender.posts).hasSize(1);
    assertThat(deliveries.byId.get(second.id()).nextAttemptAt()).isAfter(T0.plusSeconds(5));

    clock.advance(Duration.ofSeconds(5));
    dispatcher.deliverOnce(); // the first goes, and wakes the second
    assertThat(deliveries.byId.get(second.id()).nextAttemptAt()).isEqualTo(first.createdAt());
    assertThat(signals.dueCounted).as("one claim woken for the second").isEqualTo(1);
    dispatcher.deliverOnce();

    assertThat(sender.posts)
        .extracting(p -> p.headers().get("webhook-id"))
        .containsExactly(
            first.eventId().value(), first.eventId().value(), second.eventId().value());
  }

  @Test
  void aLaterEventWhoseEarlierOneFinishesWhileItLooksGoesAtOnceNotALeaseLater() {
    platforms.insert(crm);
    Delivery first = pending("m1", 1);
    Delivery second = pending("m2", 2);
    // another worker holds the first (its next attempt is a lease away) ...
    Delivery held = deliveries.claimDue(clock.instant(), Duration.ofSeconds(30), "other").get();
    assertThat(held.id()).isEqualTo(first.id());
    // ... and finishes it right after this worker saw it pending, before it was marked awaited:
    // that finish wakes nothing
    deliveries.afterEarlierPending =
        () -> {
          if (deliveries
              .record(
                  held,
                  "other",
                  new Attempt(clock.instant(), 200, 3, null),
                  new Delivery.Outcome(DeliveryStatus.DELIVERED, null),
                  50)
              .awaited()) {
            deliveries.wakeNext(held, clock.instant());
          }
        };
    EventFixtures.Sender sender =
        new EventFixtures.Sender().answering(new WebhookSender.Answer(200, null));
    DeliveryDispatcher dispatcher = dispatcher(sender);

    assertThat(dispatcher.deliverOnce()).isTrue(); // parks the second behind the first

    assertThat(deliveries.byId.get(second.id()).nextAttemptAt()).isEqualTo(clock.instant());
    assertThat(signals.dueCounted).as("a claim woken for it").isEqualTo(1);
    assertThat(dispatcher.deliverOnce()).isTrue();
    assertThat(sender.posts)
        .extracting(p -> p.headers().get("webhook-id"))
        .containsExactly(second.eventId().value());
  }

  @Test
  void aFinishNobodyWaitsForWakesNothing() {
    platforms.insert(crm);
    pending("m1", 1);
    pending("m2", 2);
    DeliveryDispatcher dispatcher =
        dispatcher(
            new EventFixtures.Sender()
                .answering(
                    new WebhookSender.Answer(200, null), new WebhookSender.Answer(200, null)));

    dispatcher.deliverOnce();
    dispatcher.deliverOnce();

    assertThat(deliveries.byId.values())
        .extracting(Delivery::status)
        .containsOnly(DeliveryStatus.DELIVERED);
    assertThat(deliveries.wakes).isZero();
    assertThat(signals.dueCounted).isZero();
  }

  @Test
  void aWokenDeliveryWakesTheOneParkedAfterItInTurn() {
    platforms.insert(crm);
    Delivery first = pending("m1", 1);
    Delivery second = pending("m2", 2);
    Delivery third = pending("m3", 3);
    EventFixtures.Sender sender =
        new EventFixtures.Sender()
            .answering(
                new WebhookSender.Answer(500, null),
                new WebhookSender.Answer(200, null),
                new WebhookSender.Answer(200, null),
                new WebhookSender.Answer(200, null));
    DeliveryDispatcher dispatcher = dispatcher(sender);
    dispatcher.deliverOnce(); // the first fails: due again in 5 s
    dispatcher.deliverOnce(); // the second parks behind it
    dispatcher.deliverOnce(); // the third too, behind the first (the earliest pending)
    clock.advance(Duration.ofSeconds(5));

    dispatcher.deliverOnce(); // the first goes and wakes the second
    dispatcher.deliverOnce(); // the second goes and wakes the third, which waited for the first

    assertThat(deliveries.byId.get(third.id()).nextAttemptAt()).isEqualTo(second.createdAt());
    dispatcher.deliverOnce();
    assertThat(sender.posts)
        .extracting(p -> p.headers().get("webhook-id"))
        .containsExactly(
            first.eventId().value(),
            first.eventId().value(),
            second.eventId().value(),
            third.eventId().value());
    // one claim woken for the second and one for the third; the third's finish finds none to wake
    assertThat(signals.dueCounted).isEqualTo(2);
  }

  @Test
  void aWokenDeliveryIsClaimedBeforeTheLaterOnesOfItsOrderThatAreDueAlready() {
    platforms.insert(crm);
    // three routed in three passes, each due at once when routed: a backlog's chain
    Delivery first = pending("m1", 1);
    clock.advance(Duration.ofSeconds(1));
    Delivery second = pending("m2", 2);
    clock.advance(Duration.ofSeconds(1));
    pending("m3", 3);
    clock.advance(Duration.ofSeconds(1));
    EventFixtures.Sender answers =
        new EventFixtures.Sender().answering(new WebhookSender.Answer(200, null));
    List<DeliveryDispatcher> other = new ArrayList<>();
    // while the first is in flight another worker claims the second, which parks behind it
    WebhookSender sender =
        (url, headers, body, timeout) -> {
          if (answers.posts.isEmpty()) {
            assertThat(other.get(0).deliverOnce()).isTrue();
          }
          return answers.post(url, headers, body, timeout);
        };
    DeliveryDispatcher dispatcher = dispatcher(sender);
    other.add(dispatcher);

    dispatcher.deliverOnce(); // the first goes and wakes the second
    assertThat(deliveries.byId.get(second.id()).nextAttemptAt()).isEqualTo(first.createdAt());
    dispatcher.deliverOnce(); // the second, not the third (due since it was routed)

    assertThat(answers.posts)
        .extracting(p -> p.headers().get("webhook-id"))
        .containsExactly(first.eventId().value(), second.eventId().value());
  }

  @Test
  void aLaterEventWaitsBehindOneThatHasNoAttemptScheduled() {
    platforms.insert(crm);
    Delivery first = pending("m1", 1);
    Delivery second = pending("m2", 2);
    deliveries.byId.put(
        first.id(),
        new Delivery(
            first.id(),
            first.key(),
            first.eventId(),
            first.type(),
            first.platformId(),
            first.account(),
            first.orderKey(),
            first.feedSeq(),
            DeliveryStatus.PENDING,
            List.of(),
            null,
            first.createdAt(),
            null));
    EventFixtures.Sender sender = new EventFixtures.Sender();

    assertThat(dispatcher(sender).deliverOnce()).isTrue();

    assertThat(sender.posts).isEmpty();
    assertThat(deliveries.byId.get(second.id()).nextAttemptAt()).isAfter(clock.instant());
  }

  @Test
  void aDeliveryWhosePlatformIsGoneIsCancelled() {
    Delivery d = pending("m1", 1);

    dispatcher(new EventFixtures.Sender().answering(new WebhookSender.Answer(200, null)))
        .deliverOnce();

    assertThat(deliveries.byId.get(d.id()).status()).isEqualTo(DeliveryStatus.CANCELLED);
  }
}
