package dev.omnichannel.application.event;

import static dev.omnichannel.application.event.EventFixtures.T0;
import static dev.omnichannel.application.event.EventFixtures.event;
import static dev.omnichannel.application.event.EventFixtures.platform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.application.fakes.FakeLeases;
import dev.omnichannel.application.fakes.InMemoryDeliveries;
import dev.omnichannel.application.fakes.InMemoryEvents;
import dev.omnichannel.application.fakes.InMemoryOutbox;
import dev.omnichannel.application.fakes.InMemoryPlatforms;
import dev.omnichannel.application.fakes.SequentialIds;
import dev.omnichannel.application.fakes.TestClock;
import dev.omnichannel.domain.delivery.RetrySchedule;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.platform.PlatformScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deliveries of one order routed in one pass go out one after the other without a worker
 * claiming the later one while the earlier is in flight (and parking it): the later one starts
 * parked, and the earlier one's finish wakes it at once.
 */
class PassOrderTest {

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryEvents store = new InMemoryEvents();
  private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
  private final InMemoryPlatforms platforms = new InMemoryPlatforms();
  private final TestClock clock = new TestClock(T0);
  private final List<String> posted = new ArrayList<>();
  private final List<Boolean> otherWorker = new ArrayList<>();

  /** A platform that answers 200; while the first post is in flight, another worker looks. */
  private final WebhookSender platform =
      (url, headers, body, timeout) -> {
        posted.add(headers.get("webhook-id"));
        if (posted.size() == 1) {
          otherWorker.add(dispatcher().deliverOnce());
        }
        return new WebhookSender.Answer(200, null);
      };

  private final EventRouter router =
      new EventRouter(
          outbox,
          store,
          deliveries,
          platforms,
          new EventFixtures.Renderer(),
          new FakeLeases(),
          new EventFixtures.Signals(),
          (account, contactId) -> {},
          new SequentialIds(),
          clock,
          "r1");

  private DeliveryDispatcher dispatcher() {
    return new DeliveryDispatcher(
        deliveries,
        store,
        platforms,
        platform,
        RetrySchedule.standard(() -> 0.5),
        new DeliveryMetrics() {
          @Override
          public void attempt(String platformSlug, String outcome, Duration took) {}

          @Override
          public void delivered(String platformSlug, Duration latency) {}
        },
        new EventFixtures.Signals(),
        clock);
  }

  @Test
  void theLaterOneStartsParkedAndTheEarliersFinishSendsItAtOnce() {
    platforms.insert(platform("p1", "crm", PlatformScope.SESSIONS, Set.of(), true));
    OutboxEvent opened = event("s1", EventType.SESSION_OPENED, "s1", "crm");
    OutboxEvent received = event("m1", EventType.MESSAGE_RECEIVED, "s1", "crm");
    outbox.write("s1", opened, received);
    router.routeBatch();

    clock.advance(Duration.ofMillis(10));
    DeliveryDispatcher worker = dispatcher();
    assertThat(worker.deliverOnce()).isTrue(); // the first, which wakes the second
    assertThat(otherWorker)
        .as("another worker, while the first was in flight")
        .containsExactly(false);
    assertThat(worker.deliverOnce()).isTrue(); // the second, a lease early
    assertThat(worker.deliverOnce()).isFalse();

    assertThat(posted).containsExactly(opened.id().value(), received.id().value());
    assertThat(deliveries.releases).as("deliveries parked by a worker").isZero();
  }
}
