package dev.omnichannel.application.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.application.fakes.NoInboundMetrics;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message that opens a session tells the router once, after its last write: the session's {@code
 * session.opened} is then routed in the same pass as the message, and their deliveries go out one
 * after the other. Signalled at the opening, it was routed alone and the message's delivery, due at
 * once in the next pass, was claimed while the first was in flight and parked.
 */
class RouterSignalTest {

  private final InboundWorld world = new InboundWorld();
  private ReceiveWebhookService service;

  @BeforeEach
  void wire() {
    service = world.receiving(new NoInboundMetrics());
    world.channel("c1", Provider.D360);
  }

  @Test
  void theOpeningAndTheMessageAreSignalledOnceTogether() {
    receive("wamid.1");

    assertThat(world.sessions.outbox())
        .extracting(OutboxEvent::type)
        .contains(EventType.SESSION_OPENED, EventType.MESSAGE_RECEIVED);
    assertThat(world.signalledWith).containsExactly(world.sessions.outbox().size());

    receive("wamid.2"); // in the open session: one signal more, with its event
    assertThat(world.signalledWith).hasSize(2);
  }

  private void receive(String id) {
    service.receive(InboundWorld.callOnC1(), () -> InboundWorld.textFromAna(id));
  }
}
