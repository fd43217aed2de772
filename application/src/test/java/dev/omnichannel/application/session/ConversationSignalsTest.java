package dev.omnichannel.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.application.fakes.NoInboundMetrics;
import dev.omnichannel.application.inbound.InboundOutcome;
import dev.omnichannel.application.inbound.ReceiveWebhookService;
import dev.omnichannel.application.inbound.WebhookCall;
import dev.omnichannel.application.outbound.OutboundMetrics;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.channel.UnsupportedCapabilityException;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.provider.ReadReceipts;
import dev.omnichannel.domain.provider.TypingIndicator;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.TypingState;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Read receipts and typing on in-memory ports: the rules before and after the provider call. */
class ConversationSignalsTest {

  private final InboundWorld world = new InboundWorld();
  private final List<String> calls = new ArrayList<>();
  private final List<String> counted = new ArrayList<>();
  private Runnable duringCall = () -> {};

  private final ReadReceipts gatewayReads = reader(Provider.WHATSAPP_WEB);
  private final ReadReceipts cloudReads = reader(Provider.D360);
  private final TypingIndicator gatewayTyping =
      new TypingIndicator() {
        @Override
        public Provider provider() {
          return Provider.WHATSAPP_WEB;
        }

        @Override
        public void typing(PlatformConfig config, Channel channel, String to, TypingState state) {
          calls.add("typing " + to + " " + state.slug());
        }
      };

  private final ConversationSignals signals =
      new ConversationSignals(
          world.sessions,
          world.channels,
          world.configs,
          world.contacts,
          world.messages,
          new ProviderPorts<>(List.of(gatewayReads, cloudReads)),
          new ProviderPorts<>(List.of(gatewayTyping)),
          world.writer,
          new CountingMetrics(),
          world.clock);

  @Test
  void readingUpToTheLatestClearsTheUnreadCountAndTellsTheProvider() {
    String session = twoMessagesOn("c1", Provider.D360);
    assertThat(
            world
                .sessions
                .find(InboundWorld.ACCOUNT, session)
                .orElseThrow()
                .reading()
                .unreadCount())
        .isEqualTo(2);

    Session read = signals.markRead(InboundWorld.ACCOUNT, session, null);

    assertThat(read.reading().unreadCount()).isZero();
    assertThat(read.reading().lastReadAt()).isEqualTo(InboundWorld.T0);
    assertThat(calls).containsExactly("d360 read 5521988887777 wamid.2");
    assertThat(types()).endsWith(EventType.SESSION_READ);
    assertThat(counted).containsExactly("d360 read ok");
  }

  @Test
  void readingUpToAnEarlierMessageLeavesTheLaterOnesUnread() {
    String session = twoMessagesOn("c1", Provider.WHATSAPP_WEB);

    Session read = signals.markRead(InboundWorld.ACCOUNT, session, "wamid.1");

    assertThat(read.reading().unreadCount()).isEqualTo(1);
    assertThat(calls).containsExactly("whatsappweb read 5521988887777 wamid.1");
  }

  @Test
  void aMessageArrivingDuringTheReadIsReadToo() {
    String session = twoMessagesOn("c1", Provider.D360);
    duringCall =
        () -> {
          duringCall = () -> {};
          world.sessions.arrivesUnread(session);
        };

    Session read = signals.markRead(InboundWorld.ACCOUNT, session, null);

    assertThat(calls).hasSize(2);
    assertThat(read.reading().unreadCount()).isZero();
    assertThat(
            world
                .sessions
                .find(InboundWorld.ACCOUNT, session)
                .orElseThrow()
                .reading()
                .unreadCount())
        .isZero();
  }

  @Test
  void aMessageOfAnotherSessionOrAnotherAccountIsNotFound() {
    String session = twoMessagesOn("c1", Provider.D360);

    assertThatThrownBy(() -> signals.markRead(InboundWorld.ACCOUNT, session, "wamid.none"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                signals.markRead(
                    dev.omnichannel.domain.shared.ClientIdentifier.of(
                        "0b8a4c5e-1111-4a4a-9c9c-222222222222"),
                    session,
                    null))
        .isInstanceOf(NotFoundException.class);
    assertThat(calls).isEmpty();
  }

  @Test
  void typingGoesToTheGatewayAndIsRefusedOn360dialogBeforeAnyCall() {
    String gatewaySession = twoMessagesOn("c1", Provider.WHATSAPP_WEB);
    String cloudSession = twoMessagesOn("c2", Provider.D360);

    signals.typing(InboundWorld.ACCOUNT, gatewaySession, TypingState.TYPING);
    assertThatThrownBy(() -> signals.typing(InboundWorld.ACCOUNT, cloudSession, TypingState.PAUSED))
        .isInstanceOf(UnsupportedCapabilityException.class);

    assertThat(calls).containsExactly("typing 5521988887777 typing");
    assertThat(counted).containsExactly("whatsappweb typing ok");
  }

  private String twoMessagesOn(String channelId, Provider provider) {
    world.channel(channelId, provider);
    ReceiveWebhookService receiving = world.receiving(new NoInboundMetrics());
    WebhookCall call = new WebhookCall(provider, "pc-" + channelId, channelId, InboundWorld.TOKEN);
    for (int i = 1; i <= 2; i++) {
      InboundMessage m =
          new InboundMessage(
              "wamid." + i,
              "5521988887777",
              "Ana",
              null,
              InboundWorld.T0.plusSeconds(i),
              MessageKind.TEXT,
              "oi " + i,
              null,
              null);
      assertThat(
              receiving.receive(call, () -> new InboundDelivery(List.of(m), List.of())).messages())
          .containsExactly(InboundOutcome.STORED);
    }
    return world.sessions.all().stream()
        .filter(s -> s.channelId().equals(channelId))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private List<EventType> types() {
    return world.sessions.outbox().stream().map(OutboxEvent::type).toList();
  }

  private ReadReceipts reader(Provider provider) {
    return new ReadReceipts() {
      @Override
      public Provider provider() {
        return provider;
      }

      @Override
      public void markRead(PlatformConfig config, Channel channel, String chat, String messageId) {
        calls.add(provider.slug() + " read " + chat + " " + messageId);
        duringCall.run();
      }
    };
  }

  private final class CountingMetrics implements OutboundMetrics {
    @Override
    public void message(Provider provider, MessageKind kind, String outcome) {}

    @Override
    public void providerCall(Provider provider, String outcome, Duration took) {}

    @Override
    public void signal(Provider provider, String action, String outcome) {
      counted.add(provider.slug() + " " + action + " " + outcome);
    }
  }
}
