package dev.omnichannel.bootstrap.events;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import dev.omnichannel.bootstrap.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every event type of API.md §9 as a platform receives it: the exact body, the Standard Webhooks
 * headers, and a signature that verifies with the platform's secret.
 */
@QuarkusTest
class EventDeliveryTest {

  private static final String ID = "evt_[0-9a-f]{32}";
  private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  private final WireMockServer gateway = ProviderStub.server();
  private Api api;
  private String hook;
  private Api.RegisteredPlatform crm;
  private Api.WebhookChannel channel;

  @BeforeEach
  void aPlatformAndAGatewayChannel() {
    gateway.resetAll();
    gateway.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    gateway.stubFor(
        post(urlEqualTo("/5521977776666/send")).willReturn(okJson("{\"id\":\"ww-out-1\"}")));
    gateway.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.delete(
                urlEqualTo("/5521977776666/message/ww-out-1"))
            .willReturn(okJson("{}")));
    api = Api.newAccount();
    hook = "crm-" + UUID.randomUUID();
    crm = api.platform("crm", Receiver.hook(hook), "sessions");
    channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
  }

  private JsonPath delivered(String type) {
    LoggedRequest request = Receiver.awaitEvent(hook, type);
    Receiver.assertSignedWith(request, crm.secret());
    JsonPath body = Receiver.body(request);
    assertThat(request.getHeader("webhook-id")).isEqualTo(body.getString("id")).matches(ID);
    assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
        .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(body.getString("type")).isEqualTo(type);
    assertThat(body.getString("timestamp")).matches(TIME);
    assertThat(body.getString("clientIdentifier")).isEqualTo(api.account());
    return body;
  }

  @Test
  void anInboundMessageIsAnnouncedWithItsContactAndItsSession() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();
    String contact = api.get("/contacts").extract().path("data[0]._id");

    JsonPath created = delivered("contact.created");
    assertThat(created.getString("sessionId")).isNull();
    assertThat(created.getString("sequence")).isNull();
    assertThat(created.getString("data._id")).isEqualTo(contact);
    assertThat(created.getString("data.contactIdentifier")).isEqualTo("5521988887777");
    assertThat(created.getString("data.name")).isEqualTo("João Silva");

    JsonPath opened = delivered("session.opened");
    assertThat(opened.getString("sessionId")).isEqualTo(session);
    assertThat(opened.getInt("sequence")).isEqualTo(1);
    assertThat(opened.getString("data._id")).isEqualTo(session);
    assertThat(opened.getString("data.status")).isEqualTo("active");
    assertThat(opened.getString("data.platform")).isEqualTo("crm");
    assertThat(opened.getString("data.client.name")).isEqualTo("João Silva");

    JsonPath received = delivered("message.received");
    assertThat(received.getString("sessionId")).isEqualTo(session);
    assertThat(received.getInt("sequence")).isEqualTo(2);
    assertThat(received.getString("data.sessionId")).isEqualTo(session);
    assertThat(received.getString("data.direction")).isEqualTo("in");
    assertThat(received.getString("data.kind")).isEqualTo("text");
    assertThat(received.getString("data.text")).isEqualTo("Olá, preciso de ajuda");
    assertThat(received.getString("data.status")).isEqualTo("received");
    assertThat(received.getString("data.messageId")).startsWith("wweb-");
    assertThat(received.getMap("data.contact"))
        .containsEntry("_id", contact)
        .containsEntry("name", "João Silva")
        .containsEntry("contactIdentifier", "5521988887777");
    assertThat(received.getMap("data")).doesNotContainKey("customName");

    String metrics =
        io.restassured.RestAssured.given()
            .accept("text/plain")
            .get("/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(metrics)
        .contains("omnichannel_event_deliveries_total{outcome=\"delivered\",platform=\"crm\"")
        .contains("omnichannel_event_delivery_latency_seconds_count{platform=\"crm\"")
        .contains("omnichannel_outbox_lag_seconds")
        .contains("omnichannel_outbox_pending");
  }

  @Test
  void sendsStatusesTransfersAndFinishesAreAnnouncedInTheSessionsOrder() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();
    String crm2Hook = "crm2-" + UUID.randomUUID();
    Api.RegisteredPlatform crm2 = api.platform("crm2", Receiver.hook(crm2Hook), "sessions");

    api.authed()
        .body(Map.of("sessionId", session, "text", "Olá!", "agentName", "Maria"))
        .post("/api/message/send")
        .then()
        .statusCode(200);
    JsonPath sent = delivered("message.sent");
    assertThat(sent.getInt("sequence")).isEqualTo(3);
    assertThat(sent.getString("data.direction")).isEqualTo("out");
    assertThat(sent.getString("data.messageId")).isEqualTo("ww-out-1");
    assertThat(sent.getString("data.agentName")).isEqualTo("Maria");
    assertThat(sent.getString("data.status")).isEqualTo("sent");

    api.authed()
        .delete("/api/message/ww-out-1?senderId=5521977776666&channelSlug=whatsappweb")
        .then()
        .statusCode(200);
    JsonPath deleted = delivered("message.deleted");
    assertThat(deleted.getInt("sequence")).isEqualTo(4);
    assertThat(deleted.getString("data.status")).isEqualTo("deleted");

    api.authed()
        .body(Map.of("params", Map.of("platformSlug", "crm2", "agentId", "agent_7")))
        .post("/api/session/transfer/" + session)
        .then()
        .statusCode(200);
    JsonPath transferred = delivered("session.transferred");
    assertThat(transferred.getInt("sequence")).isEqualTo(5);
    assertThat(transferred.getString("data.platform")).isEqualTo("crm2");
    assertThat(transferred.getMap("data.from")).containsEntry("platform", "crm");
    assertThat(transferred.getMap("data.to"))
        .containsEntry("platform", "crm2")
        .containsEntry("agentId", "agent_7");
    LoggedRequest toCrm2 = Receiver.awaitEvent(crm2Hook, "session.transferred");
    Receiver.assertSignedWith(toCrm2, crm2.secret());
    assertThat(toCrm2.getHeader("webhook-id")).isEqualTo(transferred.getString("id"));

    api.authed().delete("/api/session/finish/" + session).then().statusCode(200);
    LoggedRequest finished = Receiver.awaitEvent(crm2Hook, "session.finished");
    Receiver.assertSignedWith(finished, crm2.secret());
    assertThat(Receiver.body(finished).getInt("sequence")).isEqualTo(6);
    assertThat(Receiver.body(finished).getString("data.status")).isEqualTo("finished");
    assertThat(Receiver.types(hook)).doesNotContain("session.finished");
    assertThat(Receiver.types(crm2Hook)).containsExactly("session.transferred", "session.finished");
  }

  @Test
  void agentsContactChangesAreAnnouncedToTheContactsPlatformAndAccountScope() {
    String allHook = "all-" + UUID.randomUUID();
    Api.RegisteredPlatform all = api.platform("audit", Receiver.hook(allHook), "account");
    String contact =
        api.post(
                "/contacts",
                Map.of(
                    "contactIdentifier", "5521955554444",
                    "name", "Ana",
                    "channelId", channel.channelId(),
                    "channelType", "whatsapp",
                    "type", "individual",
                    "platform", "crm"))
            .statusCode(201)
            .extract()
            .path("_id");
    api.patch("/contacts/" + contact, Map.of("customName", "Ana (Padaria)")).statusCode(200);

    assertThat(delivered("contact.created").getString("data._id")).isEqualTo(contact);
    JsonPath updated = delivered("contact.updated");
    assertThat(updated.getString("data.customName")).isEqualTo("Ana (Padaria)");
    LoggedRequest audited = Receiver.awaitEvent(allHook, "contact.updated");
    Receiver.assertSignedWith(audited, all.secret());
  }

  @Test
  void aD360StatusIsAnnounced() {
    gateway.stubFor(post(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{}")));
    gateway.stubFor(
        post(urlEqualTo("/messages"))
            .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.out-status\"}]}")));
    Api.WebhookChannel d360 = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "k"));
    Api.deliver(d360, Payloads.d360MessageWritten("wamid.in-st", "5521933332222", 10))
        .statusCode(200);
    String session =
        api.get("/sessions?channelId=" + d360.channelId()).extract().path("data[0]._id");
    api.authed()
        .body(Map.of("sessionId", session, "text", "Oi"))
        .post("/api/message/send")
        .then()
        .statusCode(200);

    Api.deliver(d360, Payloads.d360Status("wamid.out-status", "read")).statusCode(200);

    JsonPath status = delivered("message.status");
    assertThat(status.getString("sessionId")).isEqualTo(session);
    assertThat(status.getString("data.messageId")).isEqualTo("wamid.out-status");
    assertThat(status.getString("data.status")).isEqualTo("read");
    assertThat(status.getString("data.contact.contactIdentifier")).isEqualTo("5521933332222");
  }
}
