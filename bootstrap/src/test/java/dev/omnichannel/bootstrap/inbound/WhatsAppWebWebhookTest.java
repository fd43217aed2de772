package dev.omnichannel.bootstrap.inbound;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WhatsAppWebWebhookTest {

  private Api api;
  private WebhookChannel channel;

  @BeforeEach
  void aChannel() {
    api = Api.newAccount();
    channel = api.whatsAppWebChannel();
  }

  @Test
  void theSeedsMessageBecomesAContactASessionAndAMessage() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage())
        .statusCode(200)
        .body("stored", equalTo(1))
        .body("duplicates", equalTo(0));

    api.get("/contacts?contactIdentifier=5521988887777")
        .body("total", equalTo(1))
        .body("data[0].name", equalTo("João Silva"))
        .body("data[0].type", equalTo("individual"))
        .body("data[0].channelId", equalTo(channel.channelId()));
    String sessionId = api.onlySession();
    api.asAccount()
        .get("/api/session/" + sessionId)
        .then()
        .statusCode(200)
        .body("_id", equalTo(sessionId))
        .body("client.name", equalTo("João Silva"))
        .body("client.providerId", equalTo("5521988887777"))
        .body("type", equalTo("whatsappweb"))
        .body("status", equalTo("active"))
        .body("platform", equalTo("crm"))
        .body("channelId", equalTo(channel.channelId()));
    api.asAccount()
        .get("/api/session/" + sessionId + "/messages")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("data[0].direction", equalTo("in"))
        .body("data[0].kind", equalTo("text"))
        .body("data[0].text", equalTo("Olá, preciso de ajuda"))
        .body("data[0].status", equalTo("received"))
        .body("data[0].sentAt", equalTo("2022-08-03T09:20:00.000Z"));
  }

  @Test
  void theSeedsGroupMessageImportsTheGroupAndRecordsTheAuthor() {
    Api.deliver(channel, Payloads.seedGroupMessage()).statusCode(200).body("stored", equalTo(1));

    api.get("/contacts?type=group")
        .body("total", equalTo(1))
        .body("data[0].contactIdentifier", equalTo("5521977776666-group"))
        .body("data[0].name", equalTo("Grupo de Vendas"))
        .body("data[0].participants", contains("5521988887777", "5521955554444"));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data[0].text", equalTo("Olá pessoal!"))
        .body("data[0].authorId", equalTo("5521988887777"))
        .body("data[0].authorName", equalTo("João Silva"));
  }

  @Test
  void aRepeatedDeliveryIsStoredOnce() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).body("stored", equalTo(1));
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage())
        .statusCode(200)
        .body("stored", equalTo(0))
        .body("duplicates", equalTo(1));

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void aNewNameFromTheProviderUpdatesTheContactButNotWhatAgentsSet() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage());
    String contactId =
        api.get("/contacts?contactIdentifier=5521988887777").extract().path("data[0]._id");
    api.patch("/contacts/" + contactId, Map.of("customName", "João (Mercearia)"));

    Api.deliver(
        channel, Payloads.whatsAppWebMessage("5521988887777", "João S.", "de novo", 1659518500));

    api.get("/contacts/" + contactId)
        .body("name", equalTo("João S."))
        .body("customName", equalTo("João (Mercearia)"));
  }

  @Test
  void messagesOfAnIgnoredContactAreAcknowledgedAndNotStored() {
    String contactId = api.contact(channel.channelId(), "5521988887777", "João");
    api.patch("/contacts/" + contactId, Map.of("isIgnored", true));

    Api.deliver(channel, Payloads.seedWhatsAppWebMessage())
        .statusCode(200)
        .body("ignored", equalTo(1))
        .body("stored", equalTo(0));

    api.get("/sessions").body("total", equalTo(0));
  }

  @Test
  void theTokenMayComeAsAHeader() {
    Api.json()
        .header("X-Omnichannel-Token", channel.token())
        .body(Payloads.seedWhatsAppWebMessage())
        .post(channel.pathWithoutToken())
        .then()
        .statusCode(200)
        .body("stored", equalTo(1));
  }

  @Test
  void aMissingOrWrongTokenIsUnauthorized() {
    Api.json()
        .body(Payloads.seedWhatsAppWebMessage())
        .post(channel.pathWithoutToken())
        .then()
        .statusCode(401)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("INVALID_WEBHOOK_TOKEN"));
    Api.json()
        .body(Payloads.seedWhatsAppWebMessage())
        .post(channel.pathWithoutToken() + "?token=wrong")
        .then()
        .statusCode(401);
    Api.json()
        .body(Payloads.seedWhatsAppWebMessage())
        .post(channel.pathWithoutToken() + "?token=" + api.d360Channel().token())
        .then()
        .statusCode(401);

    api.get("/sessions").body("total", equalTo(0));
  }

  @Test
  void aChannelOfAnotherConfigOrNoChannelIsNotFound() {
    WebhookChannel other = api.whatsAppWebChannel();
    String mixed =
        "/api/webhook/whatsappweb/"
            + other.platformConfigId()
            + "/"
            + channel.channelId()
            + "?token="
            + channel.token();
    Api.json().body(Payloads.seedWhatsAppWebMessage()).post(mixed).then().statusCode(404);
    Api.json()
        .body(Payloads.seedWhatsAppWebMessage())
        .post(
            "/api/webhook/whatsappweb/"
                + channel.platformConfigId()
                + "/0123456789abcdef01234567?token="
                + channel.token())
        .then()
        .statusCode(404)
        .body("code", equalTo("CHANNEL_NOT_FOUND"));
    Api.json()
        .body(Payloads.seedWhatsAppWebMessage())
        .post(
            "/api/webhook/360dialog/"
                + channel.platformConfigId()
                + "/"
                + channel.channelId()
                + "?token="
                + channel.token())
        .then()
        .statusCode(404);
  }

  @Test
  void malformedOrUnknownPayloadsAreRefusedAndIncompleteOnesSkipped() {
    Api.deliver(channel, "{\"type\":").statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    Api.deliver(channel, "{\"type\":\"PRESENCE\",\"from\":\"5521988887777\"}")
        .statusCode(400)
        .body("code", equalTo("UNKNOWN_EVENT"));
    Api.deliver(channel, "{}").statusCode(400).body("errors.field", contains("type"));
    // API.md §10: a known event that cannot be stored is acknowledged, skipped and counted.
    Api.deliver(channel, "{\"type\":\"MESSAGE\"}").statusCode(200).body("skipped", equalTo(1));
    Api.deliver(channel, "{\"type\":\"GROUP_MESSAGE\",\"from\":\"1\",\"body\":{\"type\":\"text\"}}")
        .statusCode(200)
        .body("skipped", equalTo(1));
    Api.deliver(channel, Payloads.whatsAppWebMessage("abc", "x", "hi", 1))
        .statusCode(200)
        .body("stored", equalTo(0))
        .body("skipped", equalTo(1));
    api.get("/contacts").body("total", equalTo(0));
  }

  @Test
  void mediaArrivesWithItsUriAndCaption() {
    Api.deliver(
            channel,
            """
            {"type":"MESSAGE","from":"5521988887777","fromUserName":"João",
             "body":{"type":"image","content":"https://cdn.example.com/a.jpg","caption":"Foto"},
             "timestamp":1659518401}
            """)
        .statusCode(200);

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data[0].kind", equalTo("image"))
        .body("data[0].mediaUri", equalTo("https://cdn.example.com/a.jpg"))
        .body("data[0].text", equalTo("Foto"))
        .body("data[0].authorId", nullValue());
  }

  @Test
  void aFileInMediaUrlKeepsItsCaptionNameAndType() {
    Api.deliver(
            channel,
            """
            {"type":"MESSAGE","from":"5521988887777@c.us","fromUserName":"João",
             "body":{"type":"document","content":"segue o contrato",
                     "mediaUrl":"https://gw.example.com/files/abc","fileName":"contrato.pdf",
                     "mimeType":"application/pdf"},
             "timestamp":"2026-11-25T10:00:00Z"}
            """)
        .statusCode(200);

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data[0].kind", equalTo("document"))
        .body("data[0].mediaUri", equalTo("https://gw.example.com/files/abc"))
        .body("data[0].text", equalTo("segue o contrato"))
        .body("data[0].media.filename", equalTo("contrato.pdf"))
        .body("data[0].media.mimeType", equalTo("application/pdf"))
        .body("data[0].sentAt", equalTo("2026-11-25T10:00:00.000Z"));
  }

  @Test
  void inboundMessagesAndWebhookTimeAreMeasured() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    Api.json().body("{}").post(channel.pathWithoutToken()).then().statusCode(401);

    io.restassured.RestAssured.given()
        .accept("text/plain")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            org.hamcrest.Matchers.containsString(
                "omnichannel_inbound_messages_total{kind=\"text\",outcome=\"stored\",provider=\"whatsappweb\""))
        .body(
            org.hamcrest.Matchers.containsString(
                "omnichannel_inbound_messages_total{kind=\"text\",outcome=\"duplicate\",provider=\"whatsappweb\""))
        .body(
            org.hamcrest.Matchers.containsString(
                "omnichannel_inbound_messages_total{kind=\"unknown\",outcome=\"rejected\",provider=\"whatsappweb\""))
        .body(
            org.hamcrest.Matchers.containsString(
                "omnichannel_webhook_handling_seconds_count{provider=\"whatsappweb\""));
  }
}
