package dev.omnichannel.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.Receiver;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who receives what (API.md §9): a session's platform — the contact's, else the channel's default,
 * else the one a transfer moved it to — and every account-scope platform, of the types chosen.
 */
@QuarkusTest
class EventRoutingTest {

  @Inject MessageRepository messages;

  private Api api;
  private Api.WebhookChannel channel;
  private String crm;
  private String bot;
  private String audit;

  @BeforeEach
  void threePlatforms() {
    api = Api.newAccount();
    channel = api.whatsAppWebChannel(); // its default platform is crm
    crm = "crm-" + UUID.randomUUID();
    bot = "bot-" + UUID.randomUUID();
    audit = "audit-" + UUID.randomUUID();
    api.platform("crm", Receiver.hook(crm), "sessions");
    api.platform("bot", Receiver.hook(bot), "sessions");
    api.post(
            "/platforms",
            Map.of(
                "slug", "audit",
                "name", "Audit",
                "webhookUrl", Receiver.hook(audit),
                "scope", "account",
                "events", List.of("session.opened")))
        .statusCode(201)
        .body("events", contains("session.opened"))
        .body("scope", equalTo("account"));
  }

  @Test
  void aSessionGoesToTheChannelsDefaultAndAccountScopeGetsWhatItChose() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);

    Receiver.awaitEvent(crm, "message.received");
    Receiver.awaitEvent(audit, "session.opened");
    assertThat(Receiver.types(crm))
        .contains("session.opened", "contact.created", "message.received");
    assertThat(Receiver.received(bot)).isEmpty();
    assertThat(Receiver.types(audit)).containsOnly("session.opened");
  }

  @Test
  void aContactExclusiveToAPlatformHasItsSessionsThere() {
    api.post(
            "/contacts",
            Map.of(
                "contactIdentifier", "5521988887777",
                "name", "João",
                "channelId", channel.channelId(),
                "channelType", "whatsapp",
                "type", "individual",
                "platform", "bot"))
        .statusCode(201);

    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);

    Receiver.awaitEvent(bot, "message.received");
    assertThat(Receiver.types(bot))
        .contains("contact.created", "session.opened", "message.received");
    assertThat(Receiver.received(crm)).isEmpty();
  }

  @Test
  void afterATransferLaterEventsGoToTheNewPlatformOnly() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();
    Receiver.awaitEvent(crm, "message.received");

    api.authed()
        .body(Map.of("params", Map.of("platformSlug", "bot")))
        .post("/api/session/transfer/" + session)
        .then()
        .statusCode(200);
    Api.deliver(
            channel, Payloads.whatsAppWebMessage("5521988887777", "João", "de novo", 1659519000))
        .statusCode(200);

    Receiver.awaitEvent(bot, "message.received");
    Receiver.awaitEvent(crm, "session.transferred");
    assertThat(Receiver.types(bot)).containsExactly("session.transferred", "message.received");
    // Order holds within a session; the contact's events have their own order (docs/events.md).
    assertThat(Receiver.types(crm).stream().filter(type -> !type.startsWith("contact.")))
        .containsExactly("session.opened", "message.received", "session.transferred");
    assertThat(Receiver.types(crm)).containsOnlyOnce("contact.created");
  }

  @Test
  void aDisabledPlatformReceivesNothing() {
    String id = api.get("/platforms").extract().path("find { it.slug == 'crm' }._id");
    api.patch("/platforms/" + id, Map.of("enabled", false))
        .statusCode(200)
        .body("enabled", equalTo(false));

    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);

    Receiver.awaitEvent(audit, "session.opened");
    api.get("/platforms/" + id + "/deliveries").body("total", equalTo(0));
  }

  @Test
  void aRetryAfterACrashBetweenTheMessageAndItsEventWritesTheEventOnce() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();
    String contact = api.get("/contacts").extract().path("data[0]._id");
    Receiver.awaitEvent(crm, "message.received");
    // As if a delivery stopped right after storing its message, before writing its event:
    Message stored =
        Message.builder()
            .id(new ObjectId().toHexString())
            .clientIdentifier(ClientIdentifier.of(api.account()))
            .sessionId(session)
            .channelId(channel.channelId())
            .contactId(contact)
            .messageId("wamid.crashed")
            .direction(Direction.IN)
            .kind(MessageKind.TEXT)
            .text("antes da queda")
            .status(MessageStatus.RECEIVED)
            .sentAt(Instant.now())
            .createdAt(Instant.now())
            .build();
    assertThat(messages.insertIfAbsent(stored)).isTrue();

    String retried =
        Payloads.whatsAppWebMessage("5521988887777", "João", "antes da queda", 1659519100)
            .replace("\"timestamp\"", "\"id\":\"wamid.crashed\",\"timestamp\"");
    Api.deliver(channel, retried).statusCode(200).body("duplicates", equalTo(1));
    Api.deliver(channel, retried).statusCode(200).body("duplicates", equalTo(1));

    Receiver.awaitEvent(
        crm, r -> "wamid.crashed".equals(Receiver.body(r).getString("data.messageId")));
    api.get("/events?types=message.received")
        .body("data.data.text", contains("Olá, preciso de ajuda", "antes da queda"));
    // counted unread once, as the interrupted delivery would have
    api.get("/sessions").body("data[0].unreadCount", equalTo(2));
  }
}
