package dev.omnichannel.application.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.fakes.InMemoryContacts;
import dev.omnichannel.application.fakes.InMemoryMessages;
import dev.omnichannel.application.fakes.InMemorySessions;
import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Aliases;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.inbound.InboundStatus;
import dev.omnichannel.domain.inbound.WebhookUnauthorizedException;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.StatusError;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receive use case on in-memory ports: what one delivery stores, links and announces. */
class ReceiveWebhookServiceTest {

  private static final ClientIdentifier ACCOUNT = InboundWorld.ACCOUNT;
  private static final Instant T0 = InboundWorld.T0;
  private static final String TOKEN = InboundWorld.TOKEN;
  private static final String BSUID = "BR.13491208655302741918";

  private final InboundWorld world = new InboundWorld();
  private final InMemoryContacts contacts = world.contacts;
  private final InMemorySessions sessions = world.sessions;
  private final InMemoryMessages messages = world.messages;
  private final List<String> counted = new ArrayList<>();
  private ReceiveWebhookService service;

  @BeforeEach
  void wire() {
    service = world.receiving(new CountingMetrics());
    world.channel("c1", Provider.D360);
  }

  @Test
  void aMessageIsStoredOnceWithItsContactSessionAndEvents() {
    InboundDelivery delivery = delivery(text("wamid.1", "5521988887777", "Oi"));

    WebhookReceipt first = service.receive(call(TOKEN), () -> delivery);
    WebhookReceipt repeated = service.receive(call(TOKEN), () -> delivery);

    assertThat(first.messages()).containsExactly(InboundOutcome.STORED);
    assertThat(repeated.messages()).containsExactly(InboundOutcome.DUPLICATE);
    assertThat(messages.all()).singleElement().extracting("text").isEqualTo("Oi");
    assertThat(sessions.all()).hasSize(1);
    // the repeat may write message.received again (the feed not having it yet), under the same
    // derived id, which the feed takes once
    assertThat(sessions.outbox().stream().map(OutboxEvent::id).distinct())
        .hasSize(3)
        .containsExactlyElementsOf(
            sessions.outbox().subList(0, 3).stream().map(OutboxEvent::id).toList());
    assertThat(types(sessions.outbox().subList(0, 3)))
        .containsExactly(
            EventType.SESSION_OPENED, EventType.CONTACT_CREATED, EventType.MESSAGE_RECEIVED);
    assertThat(counted).containsExactly("d360 text stored", "d360 text duplicate");
  }

  @Test
  void aWrongTokenStoresNothing() {
    assertThatThrownBy(
            () ->
                service.receive(
                    call("wrong"), () -> delivery(text("wamid.1", "5521988887777", "Oi"))))
        .isInstanceOf(WebhookUnauthorizedException.class);
    assertThat(messages.all()).isEmpty();
    assertThat(contacts.all()).isEmpty();
  }

  @Test
  void anUnreadableSenderIsSkippedAndItsNeighbourIsStored() {
    InboundDelivery delivery =
        delivery(text("wamid.bad", "not a number", "?"), text("wamid.ok", "5521988887777", "Oi"));

    WebhookReceipt receipt = service.receive(call(TOKEN), () -> delivery);

    assertThat(receipt.messages()).containsExactly(InboundOutcome.SKIPPED, InboundOutcome.STORED);
    assertThat(messages.all()).extracting("messageId").containsExactly("wamid.ok");
  }

  @Test
  void aBsuidContactWhoArrivesWithAPhoneBecomesThatPhone() {
    service.receive(call(TOKEN), () -> delivery(text("wamid.1", BSUID, "um")));
    InboundMessage both =
        new InboundMessage(
            "wamid.2",
            "5521955554444",
            "Edu",
            null,
            T0,
            MessageKind.TEXT,
            "dois",
            null,
            null,
            new Aliases(null, BSUID, null),
            null);

    service.receive(call(TOKEN), () -> delivery(both));

    assertThat(contacts.all())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.identifier().value()).isEqualTo("5521955554444");
              assertThat(c.data().aliases().bsuid()).isEqualTo(BSUID);
              assertThat(c.routingAddress()).isEqualTo("5521955554444");
            });
    assertThat(sessions.all()).hasSize(1);
    assertThat(types(contacts.outbox())).containsExactly(EventType.CONTACT_UPDATED);
  }

  @Test
  void aNumberChangeMovesTheContactAndARepeatChangesNothingMore() {
    service.receive(call(TOKEN), () -> delivery(text("wamid.1", "5521944443333", "oi")));
    InboundMessage changed =
        new InboundMessage(
            "wamid.sys",
            "5521944443333",
            null,
            null,
            T0,
            MessageKind.SYSTEM,
            "changed",
            null,
            null,
            null,
            MessageDetails.builder()
                .system(
                    new MessageDetails.SystemNotice(
                        "user_changed_number", "changed", "5521933332222"))
                .build());

    service.receive(call(TOKEN), () -> delivery(changed));
    WebhookReceipt repeated = service.receive(call(TOKEN), () -> delivery(changed));

    assertThat(repeated.messages()).containsExactly(InboundOutcome.DUPLICATE);
    assertThat(contacts.all())
        .singleElement()
        .extracting(c -> c.identifier().value())
        .isEqualTo("5521933332222");
    assertThat(sessions.all()).hasSize(1);
  }

  @Test
  void statusesMoveTheMessageForwardOnlyAndAnnounceIt() {
    service.receive(call(TOKEN), () -> delivery(text("wamid.0", "5521988887777", "Oi")));
    messages.insertIfAbsent(
        Message.builder()
            .id("m1")
            .clientIdentifier(ACCOUNT)
            .sessionId(sessions.all().get(0).id())
            .channelId("c1")
            .contactId(contacts.all().get(0).id())
            .messageId("wamid.1")
            .direction(Direction.OUT)
            .kind(MessageKind.TEXT)
            .text("Olá")
            .agentName("Bia")
            .status(MessageStatus.SENT)
            .sentAt(T0)
            .createdAt(T0)
            .build());
    InboundDelivery statuses =
        new InboundDelivery(
            List.of(),
            List.of(
                new InboundStatus("wamid.1", MessageStatus.READ, T0, null, null),
                new InboundStatus("wamid.1", MessageStatus.DELIVERED, T0, null, null)));

    WebhookReceipt receipt = service.receive(call(TOKEN), () -> statuses);

    assertThat(receipt.statuses()).isEqualTo(2);
    assertThat(messages.all())
        .filteredOn(m -> m.direction() == Direction.OUT)
        .singleElement()
        .extracting("status")
        .isEqualTo(MessageStatus.READ);
    assertThat(types(sessions.outbox())).containsOnlyOnce(EventType.MESSAGE_STATUS);
  }

  @Test
  void providerErrorsAreCounted() {
    InboundDelivery reported =
        new InboundDelivery(
            List.of(), List.of(), List.of(), List.of(new StatusError("131000", "Oops", null)));

    service.receive(call(TOKEN), () -> reported);

    assertThat(counted).containsExactly("d360 error 131000");
  }

  private static List<EventType> types(List<OutboxEvent> events) {
    return events.stream().map(OutboxEvent::type).toList();
  }

  private static WebhookCall call(String token) {
    return new WebhookCall(Provider.D360, "pc-c1", "c1", token);
  }

  private static InboundDelivery delivery(InboundMessage... messages) {
    return new InboundDelivery(List.of(messages), List.of());
  }

  private static InboundMessage text(String id, String from, String text) {
    return new InboundMessage(id, from, "Ana", null, T0, MessageKind.TEXT, text, null, null);
  }

  private final class CountingMetrics implements InboundMetrics {
    @Override
    public void message(Provider provider, MessageKind kind, InboundOutcome outcome) {
      counted.add(
          provider.slug() + " " + kind.name().toLowerCase() + " " + outcome.name().toLowerCase());
    }

    @Override
    public void rejected(Provider provider, String code) {
      counted.add(provider.slug() + " rejected " + code);
    }

    @Override
    public void handled(Provider provider, Duration took) {}

    @Override
    public void providerError(Provider provider, String code) {
      counted.add(provider.slug() + " error " + code);
    }
  }
}
