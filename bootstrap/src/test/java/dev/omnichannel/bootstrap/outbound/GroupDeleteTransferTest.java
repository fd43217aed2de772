package dev.omnichannel.bootstrap.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed §3 (groups), §4.6 (delete) and §6.2 (transfer) on a WhatsApp Web gateway. */
@QuarkusTest
class GroupDeleteTransferTest {

  private static final String SEND = "/5521977776666/send";

  private final WireMockServer gateway = ProviderStub.server();
  private Api api;
  private Api.WebhookChannel channel;

  @BeforeEach
  void aGatewayChannel() {
    gateway.resetAll();
    gateway.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    gateway.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"id\":\"message_id_123\"}")));
    gateway.stubFor(
        delete(urlEqualTo("/5521977776666/message/message_id_123")).willReturn(okJson("{}")));
    api = Api.newAccount();
    String config = api.whatsAppWebConfig(ProviderStub.baseUrl());
    var created = api.createChannel(config, "5521977776666").statusCode(201).extract();
    String url = created.path("webhookUrl");
    channel =
        new Api.WebhookChannel(
            created.path("_id"), config, url.substring(url.indexOf("/api/webhook/")));
  }

  @Test
  void theSeedsGroupTextGoesToTheGroupWithTheSeedsSpelling() {
    Api.deliver(channel, Payloads.seedGroupMessage()).statusCode(200);

    api.asAccount()
        .body(
            Map.of(
                "recipientNumber", "5521977776666-group",
                "text", "Olá pessoal do grupo!",
                "isGroupMesssage", true))
        .post("/api/message")
        .then()
        .statusCode(200)
        .body("messageId", equalTo("message_id_123"));

    gateway.verify(
        postRequestedFor(urlEqualTo(SEND))
            .withRequestBody(
                equalToJson(
                    "{\"to\":\"5521977776666-group\",\"text\":\"Olá pessoal do grupo!\"}")));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data[1].direction", equalTo("out"))
        .body("data[1].messageId", equalTo("message_id_123"));
  }

  @Test
  void aGroupImageWithTheCorrectSpellingAndAChannel() {
    Api.deliver(channel, Payloads.seedGroupMessage()).statusCode(200);

    api.asAccount()
        .body(
            Map.of(
                "recipientNumber", "5521977776666-group",
                "mediaUri", "https://s3.amazonaws.com/bucket/imagem.jpg",
                "text", "Imagem para o grupo",
                "isGroupMessage", true,
                "channelId", channel.channelId()))
        .post("/api/message")
        .then()
        .statusCode(200);

    gateway.verify(
        postRequestedFor(urlEqualTo(SEND))
            .withRequestBody(
                equalToJson(
                    "{\"to\":\"5521977776666-group\",\"text\":\"Imagem para o grupo\","
                        + "\"mediaUri\":\"https://s3.amazonaws.com/bucket/imagem.jpg\"}")));
  }

  @Test
  void anUnknownGroupIsNotFoundAndAGroupThroughD360IsRefused() {
    api.asAccount()
        .body(Map.of("recipientNumber", "0000-group", "text", "x", "isGroupMesssage", true))
        .post("/api/message")
        .then()
        .statusCode(404)
        .body("code", equalTo("GROUP_NOT_FOUND"));

    Api.WebhookChannel d360 = api.d360Channel();
    Api.deliver(
        d360, Payloads.d360MessageWritten("wamid.g", "5521988887777", 10)); // a D360 channel exists
    api.post(
            "/contacts",
            Map.of(
                "contactIdentifier", "120363000000-group",
                "channelId", d360.channelId(),
                "channelType", "whatsapp",
                "type", "group"))
        .statusCode(201);
    api.asAccount()
        .body(Map.of("recipientNumber", "120363000000-group", "text", "x", "isGroupMesssage", true))
        .post("/api/message")
        .then()
        .statusCode(422)
        .body("code", equalTo("UNSUPPORTED_CAPABILITY"))
        .body("capability", equalTo("group-messages"));
    gateway.verify(0, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void withoutTheGroupFlagTheRequestIsRefused() {
    api.asAccount()
        .body(Map.of("recipientNumber", "5521977776666-group", "text", "x"))
        .post("/api/message")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("isGroupMessage"));
  }

  @Test
  void aSentMessageIsDeletedForEveryone() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage());
    String sessionId = api.onlySession();
    api.asAccount()
        .body(Map.of("sessionId", sessionId, "text", "ops"))
        .post("/api/message/send")
        .then()
        .statusCode(200);

    api.asAccount()
        .delete("/api/message/message_id_123?senderId=5521977776666&channelSlug=whatsappweb")
        .then()
        .statusCode(200)
        .body("messageId", equalTo("message_id_123"))
        .body("status", equalTo("deleted"));

    gateway.verify(1, deleteRequestedFor(urlEqualTo("/5521977776666/message/message_id_123")));
    api.asAccount()
        .get("/api/session/" + sessionId + "/messages")
        .then()
        .body("data[1].status", equalTo("deleted"));
  }

  @Test
  void deletingOnD360OrAnUnknownMessageIsRefused() {
    api.asAccount()
        .delete("/api/message/wamid.X?senderId=5521977776666&channelSlug=d360")
        .then()
        .statusCode(422)
        .body("capability", equalTo("delete-messages"));
    api.asAccount()
        .delete("/api/message/nope?senderId=5521977776666&channelSlug=whatsappweb")
        .then()
        .statusCode(404)
        .body("code", equalTo("MESSAGE_NOT_FOUND"));
    gateway.verify(0, deleteRequestedFor(urlPathEqualTo("/5521977776666/message/nope")));
  }

  @Test
  void aTransferSetsPlatformAndAgentAndTellsTheClient() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage());
    String sessionId = api.onlySession();

    api.asAccount()
        .body(
            Map.of(
                "params",
                Map.of("platformSlug", "crm", "agentId", "agent_123"),
                "transferMessage",
                "Transferindo para o especialista..."))
        .post("/api/session/transfer/" + sessionId)
        .then()
        .statusCode(200)
        .body("platform", equalTo("crm"))
        .body("agentId", equalTo("agent_123"));

    gateway.verify(
        postRequestedFor(urlEqualTo(SEND))
            .withRequestBody(
                equalToJson(
                    "{\"to\":\"5521988887777\",\"text\":\"Transferindo para o especialista...\"}")));
    api.get("/sessions?agentId=agent_123").body("data[0]._id", equalTo(sessionId));
  }

  @Test
  void aFinishedSessionCannotBeTransferred() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage());
    String sessionId = api.onlySession();
    api.asAccount().delete("/api/session/finish/" + sessionId).then().statusCode(200);

    api.asAccount()
        .body(Map.of("params", Map.of("platformSlug", "crm", "agentId", "agent_123")))
        .post("/api/session/transfer/" + sessionId)
        .then()
        .statusCode(409)
        .body("code", equalTo("SESSION_FINISHED"));
    gateway.verify(0, postRequestedFor(urlEqualTo(SEND)));
  }
}
