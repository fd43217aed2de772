package dev.omnichannel.application.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.fakes.InMemorySessions;
import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.application.fakes.NoInboundMetrics;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Repeats of a delivery: after a stop that followed the storing of its message, the message's
 * events are written once and it is counted unread once, whether the stop came before or after its
 * events; a delivery handled before event ids began with a second is not announced again under the
 * new id.
 */
class RepeatedReceiveTest {

  private final InboundWorld world = new InboundWorld();
  private final InMemorySessions sessions = world.sessions;
  private ReceiveWebhookService service;

  @BeforeEach
  void wire() {
    service = world.receiving(new NoInboundMetrics());
    world.channel("c1", Provider.D360);
  }

  @Test
  void aRetryAfterAStopBeforeTheEventsWritesThemAndCountsTheMessageUnreadOnce() {
    receive(text("wamid.1", "Oi"));
    sessions.crashBeforeNextAppend();
    assertThatThrownBy(() -> receive(text("wamid.2", "ainda aí?")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(unread()).isEqualTo(1);

    assertThat(receive(text("wamid.2", "ainda aí?"))).containsExactly(InboundOutcome.DUPLICATE);
    assertThat(receive(text("wamid.2", "ainda aí?"))).containsExactly(InboundOutcome.DUPLICATE);

    assertThat(unread()).isEqualTo(2);
    assertThat(received()).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aRepeatOfADeliveryWhoseEventsWaitWritesNothingMore() {
    receive(text("wamid.1", "Oi"));
    int written = sessions.outbox().size();

    assertThat(receive(text("wamid.1", "Oi"))).containsExactly(InboundOutcome.DUPLICATE);

    assertThat(sessions.outbox()).hasSize(written);
    assertThat(unread()).isEqualTo(1);
  }

  @Test
  void aRepeatedMessageWhoseEventHasTheOlderIdWritesNoOther() {
    receive(text("wamid.0", "Oi"));
    // stored, and its event routed into the feed under the older id (the fakes' outbox keeps
    // what is written to it, so the event is left out of it here)
    sessions.crashBeforeNextAppend();
    assertThatThrownBy(() -> receive(text("wamid.1", "tudo bem?")))
        .isInstanceOf(IllegalStateException.class);
    inFeedUntimed(EventType.MESSAGE_RECEIVED, "wamid.1");
    int written = sessions.outbox().size();

    assertThat(receive(text("wamid.1", "tudo bem?"))).containsExactly(InboundOutcome.DUPLICATE);

    assertThat(sessions.outbox()).hasSize(written);
  }

  @Test
  void aRepeatedChangeWhoseEventHasTheOlderIdWritesNoOther() {
    receive(text("wamid.1", "Oi"));
    InboundMessage reaction = reaction("wamid.r", "wamid.1");
    receive(reaction);
    int written = sessions.outbox().size();
    inFeedUntimed(EventType.MESSAGE_REACTION, "wamid.r");

    assertThat(receive(reaction)).containsExactly(InboundOutcome.STORED);

    assertThat(sessions.outbox()).hasSize(written);
  }

  @Test
  void aRepeatedChangeAnnouncedUnderTheNewIdIsWrittenAgainUnderIt() {
    receive(text("wamid.1", "Oi"));
    InboundMessage reaction = reaction("wamid.r", "wamid.1");
    receive(reaction);
    receive(reaction); // the first may have stopped before its event: the feed takes the id once

    assertThat(
            sessions.outbox().stream()
                .filter(e -> e.type() == EventType.MESSAGE_REACTION)
                .map(e -> e.id())
                .distinct())
        .singleElement()
        .isEqualTo(
            EventId.derived(
                EventType.MESSAGE_REACTION,
                Message.dedupKey("c1", "wamid.r"),
                world.messages.all().get(0).createdAt()));
  }

  private void inFeedUntimed(EventType type, String providerId) {
    world.events.insertIfAbsent(
        List.of(
            new StoredEvent(
                EventId.derivedUntimed(type, Message.dedupKey("c1", providerId)),
                type,
                InboundWorld.T0,
                InboundWorld.ACCOUNT,
                sessions.all().get(0).id(),
                1L,
                1L,
                "session:" + sessions.all().get(0).id(),
                Set.of(),
                "{}")));
  }

  private List<InboundOutcome> receive(InboundMessage m) {
    return service
        .receive(
            new WebhookCall(Provider.D360, "pc-c1", "c1", InboundWorld.TOKEN),
            () -> new InboundDelivery(List.of(m), List.of()))
        .messages();
  }

  private static InboundMessage text(String id, String text) {
    return message(id, MessageKind.TEXT, text, null);
  }

  private static InboundMessage reaction(String id, String to) {
    return message(id, MessageKind.REACTION, "👍", to);
  }

  private static InboundMessage message(String id, MessageKind kind, String text, String quoted) {
    return new InboundMessage(
        id, "5521988887777", "Ana", null, InboundWorld.T0, kind, text, null, quoted);
  }

  private long unread() {
    return sessions.all().get(0).reading().unreadCount();
  }

  private List<OutboxEvent> received() {
    return sessions.outbox().stream().filter(e -> e.type() == EventType.MESSAGE_RECEIVED).toList();
  }
}
