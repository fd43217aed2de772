package dev.omnichannel.bootstrap.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import dev.omnichannel.bootstrap.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read receipts and the typing indicator through the API (seed §4.2, §7): each provider request
 * asserted at the stub, the unread count, the inbox filter and the signed {@code session.read}.
 */
@QuarkusTest
class ConversationSignalsTest {

  private static final String GATEWAY = "/5521977776666";

  private final WireMockServer provider = ProviderStub.server();
  private Api api;

  @BeforeEach
  void stubs() {
    ProviderStub.answering("gw-1", "wamid.out-1");
    provider.stubFor(post(urlEqualTo(GATEWAY + "/read")).willReturn(okJson("{}")));
    provider.stubFor(post(urlEqualTo(GATEWAY + "/presence")).willReturn(okJson("{}")));
    api = Api.newAccount();
  }

  @Test
  void readingAGatewayConversationClearsItsUnreadCountAndIsAnnounced() {
    String hook = "crm-" + UUID.randomUUID();
    Api.RegisteredPlatform crm = api.platform("crm", Receiver.hook(hook), "sessions");
    WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521988887777", "Ana", "oi", 1_700_000_001L));
    Api.deliver(
        channel,
        Payloads.whatsAppWebMessage("5521988887777", "Ana", "tem alguém?", 1_700_000_002L));
    String session = api.onlySession();
    session(session)
        .body("unreadCount", Matchers.equalTo(2))
        .body("lastReadAt", Matchers.nullValue());
    api.get("/sessions?unread=true").body("total", Matchers.equalTo(1));

    api.asAccount()
        .post("/api/session/" + session + "/read")
        .then()
        .statusCode(200)
        .body("unreadCount", Matchers.equalTo(0))
        .body("lastReadAt", Matchers.notNullValue());

    provider.verify(
        1,
        postRequestedFor(urlEqualTo(GATEWAY + "/read"))
            .withRequestBody(equalToJson("{\"chatId\":\"5521988887777\"}")));
    api.get("/sessions?unread=true").body("total", Matchers.equalTo(0));
    api.get("/sessions?unread=false").body("total", Matchers.equalTo(1));
    LoggedRequest read = Receiver.awaitEvent(hook, "session.read");
    Receiver.assertSignedWith(read, crm.secret());
    JsonPath event = Receiver.body(read);
    assertThat(event.getString("sessionId")).isEqualTo(session);
    assertThat(event.getInt("data.unreadCount")).isZero();
  }

  @Test
  void readingUpToAMessageOn360dialogSendsTheCloudApiReadCall() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-1", "5521988887777", 30));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-2", "5521988887777", 20));
    String session = api.onlySession();

    api.asAccount()
        .body(Map.of("messageId", "wamid.in-1"))
        .post("/api/session/" + session + "/read")
        .then()
        .statusCode(200)
        .body("unreadCount", Matchers.equalTo(1));

    provider.verify(
        1,
        postRequestedFor(urlEqualTo("/messages"))
            .withHeader("D360-API-KEY", equalTo("d360-key"))
            .withRequestBody(
                equalToJson(
                    "{\"messaging_product\":\"whatsapp\",\"status\":\"read\","
                        + "\"message_id\":\"wamid.in-1\"}")));
    api.asAccount()
        .body(Map.of("messageId", "wamid.nobody"))
        .post("/api/session/" + session + "/read")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void typingGoesToTheGatewayAsPresence() {
    WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521988887777", "Ana", "oi", 1_700_000_001L));

    api.asAccount()
        .body(Map.of("state", "typing"))
        .post("/api/session/" + api.onlySession() + "/typing")
        .then()
        .statusCode(204);

    provider.verify(
        1,
        postRequestedFor(urlEqualTo(GATEWAY + "/presence"))
            .withRequestBody(equalToJson("{\"to\":\"5521988887777\",\"state\":\"typing\"}")));
    api.asAccount()
        .body(Map.of("state", "dancing"))
        .post("/api/session/" + api.onlySession() + "/typing")
        .then()
        .statusCode(400)
        .body("errors.field", Matchers.hasItem("state"));
  }

  @Test
  void typingOn360dialogIsRefusedBeforeAnyProviderCall() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-1", "5521988887777", 30));
    provider.resetRequests();

    api.asAccount()
        .body(Map.of("state", "typing"))
        .post("/api/session/" + api.onlySession() + "/typing")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", Matchers.equalTo("UNSUPPORTED_CAPABILITY"));

    assertThat(ProviderStub.callsBesidesPhotos()).isEmpty();
  }

  @Test
  void anotherAccountsSessionIsNotFound() {
    WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521988887777", "Ana", "oi", 1_700_000_001L));
    String session = api.onlySession();
    provider.resetRequests();

    Api.newAccount().asAccount().post("/api/session/" + session + "/read").then().statusCode(404);

    assertThat(ProviderStub.callsBesidesPhotos()).isEmpty();
  }

  private io.restassured.response.ValidatableResponse session(String id) {
    return api.asAccount().get("/api/session/" + id).then().statusCode(200);
  }
}
