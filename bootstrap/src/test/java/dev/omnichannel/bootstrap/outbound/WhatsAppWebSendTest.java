package dev.omnichannel.bootstrap.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WhatsAppWebSendTest {

  private static final String SEND = "/5521977776666/send";

  private final WireMockServer gateway = ProviderStub.server();
  private Api api;
  private String sessionId;

  @BeforeEach
  void aConversationOnAGateway() {
    gateway.resetAll();
    gateway.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    gateway.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"id\":\"ww-msg-1\"}")));
    api = Api.newAccount();
    Api.WebhookChannel channel = webhookChannel(true);
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    sessionId = api.onlySession();
  }

  private Api.WebhookChannel webhookChannel(boolean sign) {
    String config = api.whatsAppWebConfig(ProviderStub.baseUrl());
    var created =
        api.post(
                "/channels",
                Map.of(
                    "platformConfigId", config,
                    "name", "Vendas",
                    "phoneNumber", "5521977776666",
                    "defaultPlatform", "crm",
                    "signMessages", sign))
            .statusCode(201)
            .extract();
    String url = created.path("webhookUrl");
    return new Api.WebhookChannel(
        created.path("_id"), config, url.substring(url.indexOf("/api/webhook/")));
  }

  private ValidatableResponse send(Map<String, Object> body) {
    Map<String, Object> withSession = new HashMap<>(body);
    withSession.put("sessionId", sessionId);
    return api.asAccount().body(withSession).post("/api/message/send").then();
  }

  private void gatewayReceived(String json) {
    gateway.verify(1, postRequestedFor(urlEqualTo(SEND)).withRequestBody(equalToJson(json)));
  }

  private void gatewayReceivedNothing() {
    gateway.verify(0, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void theSeedsTextIsSentSignedAndStored() {
    send(Map.of("text", "Olá! Como posso ajudá-lo?", "agentName", "Atendente Maria"))
        .statusCode(200)
        .body("sessionId", equalTo(sessionId))
        .body("messageId", equalTo("ww-msg-1"));

    gatewayReceived(
        "{\"to\":\"5521988887777\",\"text\":\"*Atendente Maria:*\\nOlá! Como posso ajudá-lo?\"}");
    api.asAccount()
        .get("/api/session/" + sessionId + "/messages")
        .then()
        .body("data[1].direction", equalTo("out"))
        .body("data[1].messageId", equalTo("ww-msg-1"))
        .body("data[1].kind", equalTo("text"))
        .body("data[1].text", equalTo("Olá! Como posso ajudá-lo?"))
        .body("data[1].agentName", equalTo("Atendente Maria"))
        .body("data[1].status", equalTo("sent"));
  }

  @Test
  void anImageGoesWithItsCaption() {
    send(Map.of(
            "mediaUri", "https://s3.amazonaws.com/bucket/imagem.jpg",
            "text", "Confira esta imagem!",
            "agentName", "Atendente Maria"))
        .statusCode(200);

    gatewayReceived(
        "{\"to\":\"5521988887777\",\"text\":\"*Atendente Maria:*\\nConfira esta imagem!\","
            + "\"mediaUri\":\"https://s3.amazonaws.com/bucket/imagem.jpg\"}");
  }

  @Test
  void audioDocumentsAndStickersGoAsTheirUri() {
    for (String uri :
        new String[] {
          "https://s3.amazonaws.com/bucket/audio.mp3",
          "https://s3.amazonaws.com/bucket/documento.pdf",
          "https://s3.amazonaws.com/bucket/sticker.webp",
          "https://s3.amazonaws.com/bucket/video.mp4"
        }) {
      gateway.resetRequests();
      gateway.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"id\":\"" + uri + "\"}")));
      send(Map.of("mediaUri", uri, "agentName", "Atendente Maria")).statusCode(200);
      gatewayReceived("{\"to\":\"5521988887777\",\"mediaUri\":\"" + uri + "\"}");
    }
    api.asAccount()
        .get("/api/session/" + sessionId + "/messages")
        .then()
        .body(
            "data.kind",
            org.hamcrest.Matchers.contains("text", "audio", "document", "sticker", "video"));
  }

  @Test
  void aCaptionOnAudioIsRefusedBeforeSending() {
    send(Map.of("mediaUri", "https://s3.amazonaws.com/bucket/audio.mp3", "text", "ouça"))
        .statusCode(422)
        .body("code", equalTo("CAPTION_NOT_SUPPORTED"));
    gatewayReceivedNothing();
  }

  @Test
  void structuredContactsAreSentAsTheSeedsText() {
    send(Map.of(
            "interactive",
            Map.of(
                "type",
                "contacts",
                "contacts",
                java.util.List.of(
                    Map.of(
                        "name",
                        Map.of(
                            "first_name", "João",
                            "last_name", "Silva",
                            "formatted_name", "João Silva"),
                        "phones",
                        java.util.List.of(
                            Map.of(
                                "phone", "5521988887777",
                                "type", "WORK",
                                "wa_id", "5521988887777")))))))
        .statusCode(200);

    gatewayReceived(
        "{\"to\":\"5521988887777\",\"text\":\"Contato:\\n👤 João Silva\\n📱 (21) 98888-7777\"}");
  }

  @Test
  void buttonsAndListsAreRefusedOnWhatsAppWebWithoutCallingIt() {
    send(Map.of(
            "interactive",
            Map.of(
                "type", "button",
                "body", Map.of("text", "Escolha"),
                "action",
                    Map.of(
                        "buttons",
                        java.util.List.of(
                            Map.of("type", "reply", "reply", Map.of("id", "1", "title", "Um")))))))
        .statusCode(422)
        .body("code", equalTo("UNSUPPORTED_CAPABILITY"))
        .body("provider", equalTo("whatsappweb"))
        .body("capability", equalTo("interactive-buttons"));
    send(Map.of(
            "interactive",
            Map.of(
                "type", "list",
                "body", Map.of("text", "Escolha"),
                "action",
                    Map.of(
                        "button",
                        "Ver",
                        "sections",
                        java.util.List.of(
                            Map.of(
                                "title",
                                "A",
                                "rows",
                                java.util.List.of(Map.of("id", "1", "title", "Um"))))))))
        .statusCode(422)
        .body("capability", equalTo("interactive-lists"));
    gatewayReceivedNothing();
  }

  @Test
  void aQuoteNamesTheCustomersMessage() {
    String quoted =
        api.asAccount()
            .get("/api/session/" + sessionId + "/messages")
            .then()
            .extract()
            .path("data[0].messageId");

    send(Map.of(
            "text",
            "Respondendo à sua pergunta...",
            "quotedMessage",
            Map.of("id", quoted, "message", "Qual o horário de funcionamento?")))
        .statusCode(200);

    gatewayReceived(
        "{\"to\":\"5521988887777\",\"text\":\"Respondendo à sua pergunta...\",\"quotedMessageId\":\""
            + quoted
            + "\"}");
    send(Map.of("text", "x", "quotedMessage", Map.of("id", "message_id_original")))
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("quotedMessage.id"));
  }

  @Test
  void gatewayErrorsAreTranslated() {
    gateway.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(404)));
    send(Map.of("text", "x")).statusCode(404).body("code", equalTo("NUMBER_NOT_FOUND"));

    gateway.stubFor(
        post(urlEqualTo(SEND))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Connection closed\"}")));
    send(Map.of("text", "x")).statusCode(503).body("code", equalTo("CONNECTION_CLOSED"));

    gateway.stubFor(
        post(urlEqualTo(SEND))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Invalid number\"}")));
    send(Map.of("text", "x")).statusCode(400).body("code", equalTo("INVALID_NUMBER"));
  }

  @Test
  void aThrottlingGatewayIsRetriedThenReportedWithRetryAfter() {
    gateway.stubFor(
        post(urlEqualTo(SEND))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

    send(Map.of("text", "x"))
        .statusCode(429)
        .header("Retry-After", "7")
        .body("code", equalTo("RATE_LIMITED"));
    gateway.verify(3, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void aRetryAfterThrottlingSucceeds() {
    gateway.stubFor(
        post(urlEqualTo(SEND))
            .inScenario("throttled once")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429))
            .willSetStateTo("free"));
    gateway.stubFor(
        post(urlEqualTo(SEND))
            .inScenario("throttled once")
            .whenScenarioStateIs("free")
            .willReturn(okJson("{\"id\":\"ww-after-retry\"}")));

    send(Map.of("text", "x")).statusCode(200).body("messageId", equalTo("ww-after-retry"));
    gateway.verify(2, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void aConnectionLostAfterTheRequestLeftIsNotRetried() {
    gateway.stubFor(
        post(urlEqualTo(SEND)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    send(Map.of("text", "x")).statusCode(502).body("code", equalTo("PROVIDER_UNAVAILABLE"));
    gateway.verify(1, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void aFinishedSessionTakesNoMessages() {
    api.asAccount().delete("/api/session/finish/" + sessionId).then().statusCode(200);

    send(Map.of("text", "x")).statusCode(409).body("code", equalTo("SESSION_FINISHED"));
    gatewayReceivedNothing();
  }

  @Test
  void anotherAccountsSessionIsNotFound() {
    Api.newAccount()
        .asAccount()
        .body(Map.of("sessionId", sessionId, "text", "x"))
        .post("/api/message/send")
        .then()
        .statusCode(404)
        .body("code", equalTo("SESSION_NOT_FOUND"));
    Api.json()
        .body(Map.of("sessionId", sessionId, "text", "x"))
        .post("/api/message/send")
        .then()
        .statusCode(401);
    gatewayReceivedNothing();
  }

  @Test
  void aChannelThatDoesNotSignSendsTheTextAsWritten() {
    Api.WebhookChannel unsigned = webhookChannel(false);
    Api.deliver(unsigned, Payloads.whatsAppWebMessage("5521955554444", "Ana", "Oi", 1659518400));
    sessionId =
        api.get("/sessions?channelId=" + unsigned.channelId()).extract().path("data[0]._id");

    send(Map.of("text", "Olá", "agentName", "Atendente Maria")).statusCode(200);

    gatewayReceived("{\"to\":\"5521955554444\",\"text\":\"Olá\"}");
  }

  @Test
  void aRepeatedIdempotencyKeyGetsTheFirstAnswerWithoutASecondSend() {
    for (int i = 0; i < 2; i++) {
      api.asAccount()
          .header("Idempotency-Key", "order-42-reply")
          .body(Map.of("sessionId", sessionId, "text", "Seu pedido saiu"))
          .post("/api/message/send")
          .then()
          .statusCode(200)
          .body("messageId", equalTo("ww-msg-1"));
    }

    gateway.verify(1, postRequestedFor(urlEqualTo(SEND)));
    api.asAccount().get("/api/session/" + sessionId + "/messages").then().body("total", equalTo(2));
  }

  @Test
  void aSendTheProviderRefusedGivesItsKeyBack() {
    gateway.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(404)));
    sendWithKey("k-refused").statusCode(404);

    gateway.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"id\":\"ww-second\"}")));
    sendWithKey("k-refused").statusCode(200).body("messageId", equalTo("ww-second"));
    gateway.verify(2, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void aSendThatMayHaveGoneOutKeepsItsKeySoARetryCannotSendTwice() {
    gateway.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(500)));
    sendWithKey("k-unsure").statusCode(502).body("code", equalTo("PROVIDER_ERROR"));

    gateway.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"id\":\"ww-second\"}")));
    sendWithKey("k-unsure").statusCode(409).body("code", equalTo("REQUEST_IN_PROGRESS"));
    gateway.verify(1, postRequestedFor(urlEqualTo(SEND)));
  }

  private ValidatableResponse sendWithKey(String key) {
    return api.asAccount()
        .header("Idempotency-Key", key)
        .body(Map.of("sessionId", sessionId, "text", "x"))
        .post("/api/message/send")
        .then();
  }

  @Test
  void concurrentRequestsWithOneKeySendOnce() throws Exception {
    gateway.stubFor(
        post(urlEqualTo(SEND)).willReturn(okJson("{\"id\":\"ww-once\"}").withFixedDelay(300)));
    String body = "{\"sessionId\":\"" + sessionId + "\",\"text\":\"uma vez\"}";
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    "http://localhost:" + io.restassured.RestAssured.port + "/api/message/send"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + api.key())
            .header("Idempotency-Key", "k-race")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
            .build();
    java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(
                () -> {
                  gate.await();
                  return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
                      .statusCode();
                }));
      }
      gate.countDown();
      java.util.List<Integer> statuses = new java.util.ArrayList<>();
      for (var answer : answers) {
        statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      org.assertj.core.api.Assertions.assertThat(statuses).contains(200).containsOnly(200, 409);
    } finally {
      pool.shutdownNow();
    }
    gateway.verify(1, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void aMalformedIdempotencyKeyIsRefused() {
    api.asAccount()
        .header("Idempotency-Key", "has spaces in it")
        .body(Map.of("sessionId", sessionId, "text", "x"))
        .post("/api/message/send")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("Idempotency-Key"));
    gatewayReceivedNothing();
  }
}
