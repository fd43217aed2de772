package dev.omnichannel.bootstrap.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class D360SendTest {

  private static final String KEY = "d360-key-xyz";
  private static final String PREFIX =
      "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"5521988887777\",";

  private final WireMockServer d360 = ProviderStub.server();
  private Api api;
  private Api.WebhookChannel channel;
  private String sessionId;
  private String wamid;

  @BeforeEach
  void aConversationWithinTheWindow() {
    d360.resetAll();
    d360.stubFor(post(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{}")));
    wamid = "wamid.sent-" + new ObjectId();
    d360.stubFor(post(urlEqualTo("/messages")).willReturn(okJson(sentAnswer(wamid))));
    api = Api.newAccount();
    String config = api.d360Config(ProviderStub.baseUrl(), KEY);
    var created = api.createChannel(config, "5521977776666").statusCode(201).extract();
    String url = created.path("webhookUrl");
    channel =
        new Api.WebhookChannel(
            created.path("_id"), config, url.substring(url.indexOf("/api/webhook/")));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-1", "5521988887777", 3600))
        .statusCode(200);
    sessionId = api.onlySession();
  }

  private static String sentAnswer(String id) {
    return "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"5521988887777\","
        + "\"wa_id\":\"5521988887777\"}],\"messages\":[{\"id\":\""
        + id
        + "\"}]}";
  }

  private ValidatableResponse send(Map<String, Object> body) {
    Map<String, Object> withSession = new HashMap<>(body);
    withSession.put("sessionId", sessionId);
    return api.asAccount().body(withSession).post("/api/message/send").then();
  }

  private void d360Received(String jsonAfterTo) {
    d360.verify(
        1,
        postRequestedFor(urlEqualTo("/messages"))
            .withHeader("D360-API-KEY", equalTo(KEY))
            .withRequestBody(equalToJson(PREFIX + jsonAfterTo)));
  }

  private void d360ReceivedNothing() {
    d360.verify(0, postRequestedFor(urlEqualTo("/messages")));
  }

  @Test
  void theSeedsTextGoesInTheCloudApiShape() {
    send(Map.of("text", "Olá! Como posso ajudá-lo?", "agentName", "Atendente Maria"))
        .statusCode(200)
        .body("sessionId", Matchers.equalTo(sessionId))
        .body("messageId", Matchers.equalTo(wamid));

    d360Received(
        "\"type\":\"text\",\"text\":{\"body\":\"*Atendente Maria:*\\nOlá! Como posso ajudá-lo?\"}}");
  }

  @Test
  void mediaGoesByLinkWithCaptionsOnlyWhereTheyBelong() {
    send(Map.of(
            "mediaUri", "https://s3.amazonaws.com/bucket/imagem.png",
            "text", "Confira esta imagem!"))
        .statusCode(200);
    d360Received(
        "\"type\":\"image\",\"image\":{\"link\":\"https://s3.amazonaws.com/bucket/imagem.png\","
            + "\"caption\":\"Confira esta imagem!\"}}");

    d360.resetRequests();
    d360.stubFor(post(urlEqualTo("/messages")).willReturn(okJson(sentAnswer("wamid.doc"))));
    send(Map.of("mediaUri", "https://s3.amazonaws.com/bucket/documento.pdf")).statusCode(200);
    d360Received(
        "\"type\":\"document\",\"document\":{\"link\":\"https://s3.amazonaws.com/bucket/documento.pdf\","
            + "\"filename\":\"documento.pdf\"}}");

    d360.resetRequests();
    d360.stubFor(post(urlEqualTo("/messages")).willReturn(okJson(sentAnswer("wamid.audio"))));
    send(Map.of("mediaUri", "https://s3.amazonaws.com/bucket/audio.ogg", "agentName", "Maria"))
        .statusCode(200);
    d360Received(
        "\"type\":\"audio\",\"audio\":{\"link\":\"https://s3.amazonaws.com/bucket/audio.ogg\"}}");

    d360.resetRequests();
    d360.stubFor(post(urlEqualTo("/messages")).willReturn(okJson(sentAnswer("wamid.video"))));
    send(Map.of(
            "mediaUri", "https://s3.amazonaws.com/bucket/video.mp4",
            "text", "Vídeo explicativo",
            "agentName", "Atendente Maria"))
        .statusCode(200);
    d360Received(
        "\"type\":\"video\",\"video\":{\"link\":\"https://s3.amazonaws.com/bucket/video.mp4\","
            + "\"caption\":\"*Atendente Maria:*\\nVídeo explicativo\"}}");

    d360.resetRequests();
    d360.stubFor(post(urlEqualTo("/messages")).willReturn(okJson(sentAnswer("wamid.sticker"))));
    send(Map.of("mediaUri", "https://s3.amazonaws.com/bucket/sticker.webp")).statusCode(200);
    d360Received(
        "\"type\":\"sticker\",\"sticker\":{\"link\":\"https://s3.amazonaws.com/bucket/sticker.webp\"}}");
  }

  @Test
  void theSeedsContactsGoNatively() {
    send(Map.of(
            "agentName",
            "Atendente Maria",
            "interactive",
            Map.of(
                "type",
                "contacts",
                "contacts",
                List.of(
                    Map.of(
                        "name",
                        Map.of(
                            "first_name", "João",
                            "last_name", "Silva",
                            "formatted_name", "João Silva"),
                        "phones",
                        List.of(
                            Map.of(
                                "phone", "5521988887777",
                                "type", "WORK",
                                "wa_id", "5521988887777")))))))
        .statusCode(200);

    d360Received(
        "\"type\":\"contacts\",\"contacts\":[{\"name\":{\"formatted_name\":\"João Silva\","
            + "\"first_name\":\"João\",\"last_name\":\"Silva\"},\"phones\":[{\"phone\":\"5521988887777\","
            + "\"type\":\"WORK\",\"wa_id\":\"5521988887777\"}]}]}");
  }

  @Test
  void theSeedsButtonsAndListGoAsInteractive() {
    send(Map.of(
            "interactive",
            Map.of(
                "type", "button",
                "body", Map.of("text", "Escolha uma opção:"),
                "action",
                    Map.of(
                        "buttons",
                        List.of(
                            Map.of(
                                "type",
                                "reply",
                                "reply",
                                Map.of("id", "opcao_1", "title", "Opção 1")),
                            Map.of(
                                "type",
                                "reply",
                                "reply",
                                Map.of("id", "opcao_2", "title", "Opção 2")))))))
        .statusCode(200);
    d360Received(
        "\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"Escolha uma opção:\"},"
            + "\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"opcao_1\",\"title\":\"Opção 1\"}},"
            + "{\"type\":\"reply\",\"reply\":{\"id\":\"opcao_2\",\"title\":\"Opção 2\"}}]}}}");

    d360.resetRequests();
    d360.stubFor(post(urlEqualTo("/messages")).willReturn(okJson(sentAnswer("wamid.list"))));
    send(Map.of(
            "interactive",
            Map.of(
                "type", "list",
                "body", Map.of("text", "Selecione um departamento:"),
                "action",
                    Map.of(
                        "button",
                        "Ver opções",
                        "sections",
                        List.of(
                            Map.of(
                                "title",
                                "Departamentos",
                                "rows",
                                List.of(
                                    Map.of(
                                        "id",
                                        "vendas",
                                        "title",
                                        "Vendas",
                                        "description",
                                        "Equipe de vendas"),
                                    Map.of(
                                        "id",
                                        "suporte",
                                        "title",
                                        "Suporte",
                                        "description",
                                        "Suporte técnico"))))))))
        .statusCode(200);
    d360Received(
        "\"type\":\"interactive\",\"interactive\":{\"type\":\"list\",\"body\":{\"text\":\"Selecione um departamento:\"},"
            + "\"action\":{\"button\":\"Ver opções\",\"sections\":[{\"title\":\"Departamentos\",\"rows\":["
            + "{\"id\":\"vendas\",\"title\":\"Vendas\",\"description\":\"Equipe de vendas\"},"
            + "{\"id\":\"suporte\",\"title\":\"Suporte\",\"description\":\"Suporte técnico\"}]}]}}}");
  }

  @Test
  void interactiveLimitsAreCheckedBeforeSending() {
    send(Map.of(
            "interactive",
            Map.of(
                "type", "button",
                "body", Map.of("text", "Escolha"),
                "action",
                    Map.of(
                        "buttons",
                        List.of(
                            Map.of(
                                "type",
                                "reply",
                                "reply",
                                Map.of("id", "1", "title", "Um título longo demais!")),
                            Map.of("type", "reply", "reply", Map.of("id", "2", "title", "B")),
                            Map.of("type", "reply", "reply", Map.of("id", "3", "title", "C")),
                            Map.of("type", "reply", "reply", Map.of("id", "4", "title", "D")))))))
        .statusCode(400)
        .body("code", Matchers.equalTo("INVALID_INTERACTIVE"))
        .body(
            "errors.field",
            Matchers.containsInAnyOrder(
                "interactive.action.buttons", "interactive.action.buttons[0].reply.title"));
    d360ReceivedNothing();
  }

  @Test
  void aQuoteGoesAsContext() {
    send(Map.of(
            "text", "Respondendo à sua pergunta...", "quotedMessage", Map.of("id", "wamid.in-1")))
        .statusCode(200);

    d360Received(
        "\"context\":{\"message_id\":\"wamid.in-1\"},\"type\":\"text\","
            + "\"text\":{\"body\":\"Respondendo à sua pergunta...\"}}");
  }

  @Test
  void outsideTheWindowFreeFormMessagesAreRefused() {
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.old", "5521955554444", 25 * 3600));
    sessionId =
        api.get("/sessions?status=active")
            .extract()
            .path("data.find { it.client.providerId == '5521955554444' }._id");

    send(Map.of("text", "Oi")).statusCode(422).body("code", Matchers.equalTo("WINDOW_CLOSED"));
    d360ReceivedNothing();
  }

  @Test
  void providerRefusalsAreClassifiedByTheCodeInTheBody() {
    refuse(
        401,
        "{\"meta\":{\"success\":false,\"http_code\":401,\"developer_message\":\"Invalid api_key\"}}");
    send(Map.of("text", "x"))
        .statusCode(502)
        .body("code", Matchers.equalTo("PROVIDER_AUTH_FAILED"));

    refuse(400, metaError(131047, "Re-engagement message"));
    send(Map.of("text", "x")).statusCode(422).body("code", Matchers.equalTo("WINDOW_CLOSED"));

    refuse(400, metaError(132001, "Template name does not exist in the translation"));
    send(Map.of("text", "x")).statusCode(400).body("code", Matchers.equalTo("TEMPLATE_ERROR"));

    refuse(400, metaError(100, "Invalid parameter"));
    send(Map.of("text", "x"))
        .statusCode(400)
        .body("code", Matchers.equalTo("INVALID_MESSAGE"))
        .body("detail", Matchers.equalTo("Invalid parameter"));

    refuse(
        400,
        "{\"errors\":[{\"code\":1006,\"title\":\"Resource not found\",\"details\":\"unknown contact\"}]}");
    send(Map.of("text", "x")).statusCode(400).body("detail", Matchers.equalTo("unknown contact"));

    d360.resetRequests();
    refuse(500, "{\"meta\":{\"http_code\":500,\"developer_message\":\"Internal server error\"}}");
    send(Map.of("text", "x")).statusCode(502).body("code", Matchers.equalTo("PROVIDER_ERROR"));
    d360.verify(1, postRequestedFor(urlEqualTo("/messages")));
  }

  @Test
  void throttlingIsRetriedThenReportedWithRetryAfter() {
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(metaError(131056, "pair rate limit hit"))));

    send(Map.of("text", "x"))
        .statusCode(429)
        .header("Retry-After", "30")
        .body("code", Matchers.equalTo("RATE_LIMITED"));
    d360.verify(3, postRequestedFor(urlEqualTo("/messages")));
  }

  @Test
  void aRetryAfterA429Succeeds() {
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("free"));
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(okJson(sentAnswer("wamid.after-retry"))));

    send(Map.of("text", "x"))
        .statusCode(200)
        .body("messageId", Matchers.equalTo("wamid.after-retry"));
    d360.verify(2, postRequestedFor(urlEqualTo("/messages")));
  }

  @Test
  void statusesReachTheSentMessageAlsoWhenTheyArriveFirst() {
    Api.deliver(channel, Payloads.d360Status(wamid, "delivered")).statusCode(200);

    send(Map.of("text", "x")).statusCode(200);
    Api.deliver(channel, Payloads.d360Status(wamid, "read")).statusCode(200);
    Api.deliver(channel, Payloads.d360Status(wamid, "delivered")).statusCode(200);

    api.asAccount()
        .get("/api/session/" + sessionId + "/messages")
        .then()
        .body("data[1].messageId", Matchers.equalTo(wamid))
        .body("data[1].status", Matchers.equalTo("read"));
  }

  @Test
  void outboundMessagesAndProviderCallsAreMeasured() {
    send(Map.of("text", "x")).statusCode(200);

    io.restassured.RestAssured.given()
        .accept("text/plain")
        .get("/q/metrics")
        .then()
        .body(
            Matchers.containsString(
                "omnichannel_outbound_messages_total{kind=\"text\",outcome=\"sent\",provider=\"d360\""))
        .body(
            Matchers.containsString(
                "omnichannel_provider_calls_seconds_count{outcome=\"ok\",provider=\"d360\""));
  }

  private void refuse(int status, String body) {
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static String metaError(int code, String details) {
    return "{\"error\":{\"message\":\"(#"
        + code
        + ")\",\"type\":\"OAuthException\",\"code\":"
        + code
        + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\""
        + details
        + "\"}}}";
  }
}
