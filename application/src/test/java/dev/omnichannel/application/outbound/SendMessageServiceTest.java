package dev.omnichannel.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.application.fakes.NoInboundMetrics;
import dev.omnichannel.application.fakes.SequentialIds;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.StatusUpdate;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.SentMessage;
import dev.omnichannel.domain.provider.MessageSender;
import dev.omnichannel.domain.session.SessionFinishedException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The send use case on in-memory ports: the provider's call, the stored message, its events. */
class SendMessageServiceTest {

  private final InboundWorld world = new InboundWorld();
  private final ExecutorService beside = Executors.newFixedThreadPool(2);
  private final List<String> calls = new ArrayList<>();
  private Consumer<String> whileTheProviderAnswers = id -> {};
  private SendMessageService service;
  private MessageDispatch dispatch;
  private String sessionId;

  @BeforeEach
  void wire() {
    world.channel("c1", Provider.D360);
    world
        .receiving(new NoInboundMetrics())
        .receive(InboundWorld.callOnC1(), () -> InboundWorld.textFromAna("wamid.in1"));
    sessionId = world.sessions.all().get(0).id();
    dispatch =
        new MessageDispatch(
            world.configs,
            world.contacts,
            world.messages,
            new ProviderPorts<>(List.of(new Gateway())),
            new MessageEvents(world.sessions, world.contacts, world.writer),
            new NoMetrics(),
            new SequentialIds(),
            world.clock,
            beside);
    service = service(dispatch, beside);
    world.clock.advance(Duration.ofMinutes(1));
  }

  private SendMessageService service(MessageDispatch dispatch, Executor beside) {
    // no file is sent here: the forwarding of kept files is MediaForwarding's own test
    return new SendMessageService(
        world.sessions,
        world.channels,
        world.contacts,
        world.messages,
        dispatch,
        null,
        world.clock,
        beside);
  }

  @AfterEach
  void stop() {
    beside.shutdownNow();
  }

  @Test
  void theMessageGoesToTheContactAndIsStoredAndAnnouncedAsSent() {
    SendMessageUseCase.Sent sent = service.send(text("Claro!"));

    assertThat(calls).containsExactly("5521988887777: Claro!");
    assertThat(sent.messageId()).isEqualTo("wamid.out1");
    Message stored = world.messages.findByProviderId("c1", "wamid.out1").orElseThrow();
    assertThat(stored.direction()).isEqualTo(Direction.OUT);
    assertThat(stored.text()).isEqualTo("Claro!");
    assertThat(stored.sessionId()).isEqualTo(sessionId);
    assertThat(stored.status()).isEqualTo(MessageStatus.SENT);
    assertThat(lastTypes(1)).containsExactly(EventType.MESSAGE_SENT);
  }

  @Test
  void aStatusReportedBeforeTheMessageWasStoredMovesItAndIsAnnouncedAfterItsSending() {
    // the provider's status webhook arrives between its answer and our insert: the status is kept
    whileTheProviderAnswers =
        id ->
            world.messages.keepStatus(
                new StatusUpdate("c1", id, MessageStatus.DELIVERED, world.clock.instant(), null));

    service.send(text("Claro!"));

    assertThat(world.messages.findByProviderId("c1", "wamid.out1").orElseThrow().status())
        .isEqualTo(MessageStatus.DELIVERED);
    assertThat(lastTypes(2)).containsExactly(EventType.MESSAGE_SENT, EventType.MESSAGE_STATUS);
  }

  @Test
  void inASessionSentToBeforeTheContactIsReadBesideTheSession() {
    // a direct executor runs what goes beside at once, so the order of the reads shows it
    SendMessageService sending = service(dispatch, Runnable::run);
    List<String> reads = new ArrayList<>();
    world.sessions.onFind = () -> reads.add("session");
    world.contacts.onFind = () -> reads.add("contact");

    sending.send(text("Claro!"));
    List<String> first = List.copyOf(reads);
    reads.clear();
    sending.send(text("Já saiu para entrega."));

    assertThat(first).startsWith("session", "contact");
    assertThat(reads).startsWith("contact", "session");
    assertThat(calls)
        .containsExactly("5521988887777: Claro!", "5521988887777: Já saiu para entrega.");
  }

  @Test
  void aFinishedOrUnknownSessionCallsNoProvider() {
    world
        .sessions
        .all()
        .forEach(s -> world.sessions.finish(s.finish(world.clock.instant()).state(), List.of()));

    assertThatThrownBy(() -> service.send(text("Claro!")))
        .isInstanceOf(SessionFinishedException.class);
    assertThatThrownBy(() -> service.send(command("ses-unknown", "Claro!")))
        .isInstanceOf(NotFoundException.class);
    assertThat(calls).isEmpty();
  }

  private List<EventType> lastTypes(int n) {
    List<OutboxEvent> outbox = world.sessions.outbox();
    return outbox.subList(outbox.size() - n, outbox.size()).stream()
        .map(OutboxEvent::type)
        .toList();
  }

  private SendMessageCommand text(String text) {
    return command(sessionId, text);
  }

  private static SendMessageCommand command(String sessionId, String text) {
    return new SendMessageCommand(
        InboundWorld.ACCOUNT, sessionId, text, null, null, null, null, null, null);
  }

  private final class Gateway implements MessageSender {
    @Override
    public Provider provider() {
      return Provider.D360;
    }

    @Override
    public SentMessage send(
        PlatformConfig config,
        Channel channel,
        String to,
        OutboundMessage message,
        String signedText) {
      calls.add(to + ": " + signedText);
      String id = "wamid.out" + calls.size();
      whileTheProviderAnswers.accept(id);
      return new SentMessage(id, null);
    }
  }

  private static final class NoMetrics implements OutboundMetrics {
    @Override
    public void message(Provider provider, MessageKind kind, String outcome) {}

    @Override
    public void providerCall(Provider provider, String outcome, Duration took) {}

    @Override
    public void signal(Provider provider, String action, String outcome) {}
  }
}
