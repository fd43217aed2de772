package dev.omnichannel.application.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.fakes.InMemorySessions;
import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.application.fakes.NoInboundMetrics;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.message.MessageKind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider's retry of a delivery that stopped after storing its message: the message's events are
 * written once and it is counted unread once, whether the stop came before or after its events.
 */
class InterruptedReceiveTest {

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
    receive("wamid.1", "Oi");
    sessions.crashBeforeNextAppend();
    assertThatThrownBy(() -> receive("wamid.2", "ainda aí?"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(unread()).isEqualTo(1);

    assertThat(receive("wamid.2", "ainda aí?")).containsExactly(InboundOutcome.DUPLICATE);
    assertThat(receive("wamid.2", "ainda aí?")).containsExactly(InboundOutcome.DUPLICATE);

    assertThat(unread()).isEqualTo(2);
    assertThat(received()).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aRepeatOfADeliveryWhoseEventsWaitWritesNothingMore() {
    receive("wamid.1", "Oi");
    int written = sessions.outbox().size();

    assertThat(receive("wamid.1", "Oi")).containsExactly(InboundOutcome.DUPLICATE);

    assertThat(sessions.outbox()).hasSize(written);
    assertThat(unread()).isEqualTo(1);
  }

  private List<InboundOutcome> receive(String id, String text) {
    InboundMessage m =
        new InboundMessage(
            id, "5521988887777", "Ana", null, InboundWorld.T0, MessageKind.TEXT, text, null, null);
    return service
        .receive(
            new WebhookCall(Provider.D360, "pc-c1", "c1", InboundWorld.TOKEN),
            () -> new InboundDelivery(List.of(m), List.of()))
        .messages();
  }

  private long unread() {
    return sessions.all().get(0).reading().unreadCount();
  }

  private List<OutboxEvent> received() {
    return sessions.outbox().stream().filter(e -> e.type() == EventType.MESSAGE_RECEIVED).toList();
  }
}
