package dev.omnichannel.bootstrap.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed §4.5: a conversation started with a template, window or not. */
@QuarkusTest
class TemplateTest {

  private static final Map<String, Object> SEED =
      Map.of(
          "to", "5521988887777",
          "userName", "João Silva",
          "companyName", "Alterdata",
          "template", "contato_cliente",
          "templateVariables", List.of("João Silva", "Alterdata"));

  private final WireMockServer d360 = ProviderStub.server();
  private Api api;

  @BeforeEach
  void aD360Channel() {
    d360.resetAll();
    d360.stubFor(post(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{}")));
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.template1\"}]}")));
    api = Api.newAccount();
    api.createChannel(api.d360Config(ProviderStub.baseUrl(), "k"), "5521977776666").statusCode(201);
  }

  @Test
  void theSeedsTemplateCreatesTheContactOpensTheSessionAndSends() {
    String sessionId =
        api.asAccount()
            .body(SEED)
            .post("/api/message/start/d360")
            .then()
            .statusCode(200)
            .body("messageId", Matchers.equalTo("wamid.template1"))
            .extract()
            .path("sessionId");

    d360.verify(
        postRequestedFor(urlEqualTo("/messages"))
            .withHeader("D360-API-KEY", equalTo("k"))
            .withRequestBody(
                equalToJson(
                    "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                        + "\"to\":\"5521988887777\",\"type\":\"template\",\"template\":{"
                        + "\"name\":\"contato_cliente\",\"language\":{\"policy\":\"deterministic\",\"code\":\"pt_BR\"},"
                        + "\"components\":[{\"type\":\"body\",\"parameters\":["
                        + "{\"type\":\"text\",\"text\":\"João Silva\"},{\"type\":\"text\",\"text\":\"Alterdata\"}]}]}}")));
    api.get("/contacts?contactIdentifier=5521988887777")
        .body("data[0].name", Matchers.equalTo("João Silva"));
    api.asAccount()
        .get("/api/session/" + sessionId + "/messages")
        .then()
        .body("data[0].kind", Matchers.equalTo("template"))
        .body("data[0].direction", Matchers.equalTo("out"));
  }

  @Test
  void aSecondTemplateReusesTheSession() {
    String first =
        api.asAccount()
            .body(SEED)
            .post("/api/message/start/d360")
            .then()
            .extract()
            .path("sessionId");
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.template2\"}]}")));

    api.asAccount()
        .body(SEED)
        .post("/api/message/start/d360")
        .then()
        .statusCode(200)
        .body("sessionId", Matchers.equalTo(first));
    api.get("/contacts").body("total", Matchers.equalTo(1));
  }

  @Test
  void aFreeFormMessageAfterOnlyATemplateIsOutsideTheWindow() {
    String sessionId =
        api.asAccount()
            .body(SEED)
            .post("/api/message/start/d360")
            .then()
            .extract()
            .path("sessionId");

    api.asAccount()
        .body(Map.of("sessionId", sessionId, "text", "Oi"))
        .post("/api/message/send")
        .then()
        .statusCode(422)
        .body("code", Matchers.equalTo("WINDOW_CLOSED"));
  }

  @Test
  void aBadTemplateNameOrNumberIsRefusedBeforeSending() {
    api.asAccount()
        .body(Map.of("to", "12", "template", "Contato Cliente"))
        .post("/api/message/start/d360")
        .then()
        .statusCode(400);
    d360.verify(0, postRequestedFor(urlEqualTo("/messages")));
  }

  @Test
  void templatesThroughWhatsAppWebAreRefusedWithoutCallingIt() {
    String gatewayChannel = api.channelWithoutProvider();
    Map<String, Object> body = new java.util.HashMap<>(SEED);
    body.put("channelId", gatewayChannel);

    api.asAccount()
        .body(body)
        .post("/api/message/start/d360")
        .then()
        .statusCode(422)
        .body("code", Matchers.equalTo("UNSUPPORTED_CAPABILITY"))
        .body("provider", Matchers.equalTo("whatsappweb"))
        .body("capability", Matchers.equalTo("templates"));
    d360.verify(0, postRequestedFor(urlEqualTo("/messages")));
  }

  @Test
  void theWaIdTheProviderReportsIsKeptAndUsedForTheNextSend() {
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .willReturn(
                okJson(
                    "{\"contacts\":[{\"input\":\"5531987654321\",\"wa_id\":\"553187654321\"}],"
                        + "\"messages\":[{\"id\":\"wamid.t9\"}]}")));
    Map<String, Object> body = new java.util.HashMap<>(SEED);
    body.put("to", "+55 31 98765-4321");
    String sessionId =
        api.asAccount()
            .body(body)
            .post("/api/message/start/d360")
            .then()
            .statusCode(200)
            .extract()
            .path("sessionId");

    api.get("/contacts?contactIdentifier=5531987654321")
        .body("data[0].contactIdentifier", Matchers.equalTo("5531987654321"))
        .body("data[0].providerId", Matchers.equalTo("553187654321"));
    d360.resetRequests();
    api.asAccount()
        .body(body)
        .post("/api/message/start/d360")
        .then()
        .statusCode(200)
        .body("sessionId", Matchers.equalTo(sessionId));
    d360.verify(
        postRequestedFor(urlEqualTo("/messages"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                    "$.to", equalTo("553187654321"))));
  }
}
