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
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.platform.PlatformScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventRouterTest {

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryEvents store = new InMemoryEvents();
  private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
  private final InMemoryPlatforms platforms = new InMemoryPlatforms();
  private final FakeLeases leases = new FakeLeases();
  private final EventFixtures.Signals signals = new EventFixtures.Signals();
  private final TestClock clock = new TestClock(T0);
  private final List<String> announced = new ArrayList<>();

  private EventRouter router(String owner) {
    return new EventRouter(
        outbox,
        store,
        deliveries,
        platforms,
        new EventFixtures.Renderer(),
        leases,
        signals,
        (account, contactId) -> announced.add(contactId),
        new SequentialIds(),
        clock,
        owner);
  }

  private final OutboxEvent opened = event("s1", EventType.SESSION_OPENED, "s1", "crm");
  private final OutboxEvent contact = event("c1", EventType.CONTACT_CREATED, null, "crm");
  private final OutboxEvent received = event("m1", EventType.MESSAGE_RECEIVED, "s1", "crm");

  @Test
  void aSessionsEventsGetTheirSequenceAndFeedPositionInTheOrderTheyWereWritten() {
    outbox.write("s1", opened, contact, received);

    assertThat(router("r1").routeBatch()).as("a partial batch").isFalse();

    List<StoredEvent> feed = store.tail(0, 10);
    assertThat(feed)
        .extracting(StoredEvent::id)
        .containsExactly(opened.id(), contact.id(), received.id());
    assertThat(feed).extracting(StoredEvent::sequence).containsExactly(1L, null, 2L);
    assertThat(feed).extracting(StoredEvent::feedSeq).containsExactly(1L, 2L, 3L);
    assertThat(feed.get(2).body()).contains("\"sequence\":2");
    assertThat(store.committed()).isEqualTo(3);
    assertThat(outbox.sessions.get("s1")).isEmpty();
    assertThat(outbox.lastSequence.get("s1")).isEqualTo(2);
    assertThat(announced).containsExactly("c1");
    assertThat(signals.due).isEqualTo(1);

    outbox.write("s1", event("m2", EventType.MESSAGE_RECEIVED, "s1", "crm"));
    router("r1").routeBatch();
    assertThat(store.tail(3, 10)).extracting(StoredEvent::sequence).containsExactly(3L);
  }

  @Test
  void onlyAFullBatchSaysMoreMayBeWaiting() {
    for (int i = 0; i <= EventRouter.BATCH; i++) {
      outbox.write("s" + i, event("m" + i, EventType.MESSAGE_RECEIVED, "s" + i, "crm"));
    }
    EventRouter router = router("r1");

    assertThat(router.routeBatch()).as("a full batch").isTrue();
    assertThat(router.routeBatch()).as("the one left").isFalse();

    assertThat(store.tail(0, 2 * EventRouter.BATCH)).hasSize(EventRouter.BATCH + 1);
    assertThat(router.routeBatch()).as("nothing").isFalse();
  }

  @Test
  void aFullBatchOfOneKindIsFullWhateverTheOtherKindAdds() {
    for (int i = 0; i < EventRouter.BATCH; i++) {
      outbox.write("s" + i, event("m" + i, EventType.MESSAGE_RECEIVED, "s" + i, "crm"));
    }
    outbox.writeContact("c1", contact);
    EventRouter router = router("r1");

    assertThat(router.routeBatch()).as("a full batch of sessions and a contact").isTrue();
    assertThat(router.routeBatch()).isFalse();
    assertThat(store.tail(0, 2 * EventRouter.BATCH)).hasSize(EventRouter.BATCH + 1);
  }

  @Test
  void eachEventGoesToTheEnabledPlatformsThatChoseIt() {
    platforms.insert(platform("p1", "crm", PlatformScope.SESSIONS, Set.of(), true));
    platforms.insert(platform("p2", "bot", PlatformScope.SESSIONS, Set.of(), true));
    platforms.insert(
        platform("p3", "audit", PlatformScope.ACCOUNT, Set.of(EventType.SESSION_OPENED), true));
    platforms.insert(platform("p4", "off", PlatformScope.ACCOUNT, Set.of(), false));
    outbox.write("s1", opened, received);

    router("r1").routeBatch();

    assertThat(deliveries.byId.values())
        .extracting(d -> d.platformId() + ":" + d.type().wireName())
        .containsExactlyInAnyOrder("p1:session.opened", "p1:message.received", "p3:session.opened");
    // each platform's first of the session's order is due; p1's second waits parked behind it
    assertThat(deliveries.byId.values())
        .extracting(d -> d.platformId() + ":" + d.type().wireName() + "@" + d.nextAttemptAt())
        .containsExactlyInAnyOrder(
            "p1:session.opened@" + T0,
            "p1:message.received@"
                + T0.plus(DeliveryDispatcher.LEASE).plus(DeliveryDispatcher.QUEUE_GAP),
            "p3:session.opened@" + T0);
    // and as many claims are woken as are due: p1's first and p3's
    assertThat(signals.dueCounted).isEqualTo(2);
  }

  @Test
  void whatARouterLeftHalfDoneIsCompletedWithoutDoubling() {
    platforms.insert(platform("p1", "crm", PlatformScope.SESSIONS, Set.of(), true));
    outbox.write("s1", opened, received);
    router("r1").routeBatch();
    // As if it had died before draining the outbox: the same entries, once more, and one new.
    OutboxEvent later = event("m2", EventType.MESSAGE_RECEIVED, "s1", "crm");
    outbox.lastSequence.put("s1", 0L);
    outbox.write("s1", opened, received, received, later);

    router("r1").routeBatch();

    assertThat(store.events).hasSize(3);
    assertThat(store.tail(0, 10)).extracting(StoredEvent::sequence).containsExactly(1L, 2L, 3L);
    assertThat(deliveries.byId.values())
        .extracting(Delivery::eventId)
        .containsExactlyInAnyOrder(opened.id(), received.id(), later.id());
  }

  @Test
  void theHolderRenewsItsLeaseOnceAThirdOfItHasPassedNotAtEveryPass() {
    EventRouter router = router("r1");
    outbox.write("s1", opened);
    router.routeBatch();
    clock.advance(EventRouter.RENEWAL.minusMillis(1));
    outbox.write("s1", received);
    router.routeBatch();

    assertThat(store.tail(0, 10)).hasSize(2);
    assertThat(leases.acquisitions).as("taken once, not renewed yet").isEqualTo(1);
    assertThat(router("r2").routeBatch()).isFalse();
    assertThat(leases.acquisitions).as("the other replica asked").isEqualTo(2);

    clock.advance(Duration.ofMillis(1));
    router.routeBatch();
    assertThat(leases.acquisitions).as("renewed").isEqualTo(3);
  }

  @Test
  void oneReplicaRoutesAtATimeAndANewHolderFencesTheOldOne() {
    outbox.write("s1", opened);
    EventRouter first = router("r1");
    EventRouter second = router("r2");

    first.routeBatch();
    assertThat(store.tail(0, 10)).extracting(StoredEvent::id).containsExactly(opened.id());
    outbox.write("s1", received);
    second.routeBatch();
    assertThat(store.tail(0, 10)).as("the second holds no lease").hasSize(1);
    assertThat(outbox.sessions.get("s1")).hasSize(1);

    clock.advance(Duration.ofSeconds(16));
    second.routeBatch();
    assertThat(store.tail(0, 10)).hasSize(2);
    assertThat(store.epoch).isEqualTo(2);
    store.commit(99, 1);
    assertThat(store.committed()).as("the old holder's word no longer counts").isEqualTo(2);
    assertThat(
            store.tail(0, 10).stream()
                .max(Comparator.comparingLong(StoredEvent::feedSeq))
                .orElseThrow()
                .id())
        .isEqualTo(received.id());
  }
}
