package dev.omnichannel.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Cloud API message kind (test resource {@code payloads/cloud-messages.json}, written from
 * Meta's webhook reference), delivered in the Cloud envelope and in the flat form, keeps what the
 * customer sent in what the API shows (API.md §10).
 */
@QuarkusTest
class MessageKindsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FROM = "5521988887777";

  private Api api;
  private WebhookChannel channel;

  @BeforeEach
  void aChannel() {
    api = Api.newAccount();
    channel = api.d360Channel();
  }

  @Test
  void everyKindKeepsWhatItCarriesInBothEnvelopes() throws IOException {
    ObjectNode kinds = (ObjectNode) JSON.readTree(resource());
    long now = java.time.Instant.now().getEpochSecond();
    for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> kind = it.next();
      for (String form : List.of("cloud", "flat")) {
        ObjectNode message = kind.getValue().deepCopy();
        message.put("id", "wamid." + kind.getKey() + "-" + form);
        message.put("from", FROM);
        message.put("timestamp", String.valueOf(now));
        Api.deliver(channel, envelope(form, message))
            .statusCode(200)
            .body("stored", org.hamcrest.Matchers.equalTo(1));
      }
    }

    JsonPath shown =
        api.asAccount()
            .get("/api/session/" + api.onlySession() + "/messages?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String form : List.of("cloud", "flat")) {
      Shown m = new Shown(shown, form);
      assertThat(m.text("text", "text")).isEqualTo("Oi, tudo bem?");
      assertThat(m.text("image", "media.mimeType")).isEqualTo("image/jpeg");
      assertThat(m.text("image", "media.sha256"))
          .isEqualTo("1e04396bcc91b89d1165b56e439669ee733c680f5d7ddf2aeaf1f5a08b8e87b4");
      assertThat(m.text("image", "media.status")).isEqualTo("pending");
      assertThat(m.text("image", "media.url"))
          .isEqualTo("/api/media/" + m.text("image", "media._id"));
      assertThat(m.text("image", "text")).isEqualTo("minha foto");
      assertThat(m.text("voice", "kind")).isEqualTo("audio");
      assertThat(m.flag("voice", "media.voice")).isTrue();
      assertThat(m.text("document", "media.filename")).isEqualTo("boleto.pdf");
      assertThat(m.text("video", "kind")).isEqualTo("video");
      assertThat(m.text("video", "media.mimeType")).isEqualTo("video/mp4");
      assertThat(m.text("video", "text")).isEqualTo("olha isso");
      assertThat(m.flag("sticker", "media.animated")).isTrue();
      assertThat(m.text("location", "location.address"))
          .isEqualTo("Av. Rio Branco, 1 - Centro, Rio de Janeiro");
      assertThat(m.value("location", "location.latitude")).isEqualTo(-22.9068f);
      assertThat(m.text("location", "location.url"))
          .isEqualTo("https://maps.example.com/escritorio");
      assertThat(m.text("contacts", "contacts[0].phones[0].wa_id")).isEqualTo("5521999990000");
      assertThat(m.text("contacts", "contacts[0].emails[0].email")).isEqualTo("maria@example.com");
      assertThat(m.text("contacts", "contacts[0].org.company")).isEqualTo("Loja da Maria");
      // a name no database field can have is written with '_': the message is still stored
      assertThat(m.value("contacts", "contacts[0]._x_y.a_b")).isEqualTo(1);
      assertThat(m.text("button_reply", "reply.type")).isEqualTo("button");
      assertThat(m.text("button_reply", "reply.id")).isEqualTo("opt-2");
      assertThat(m.text("button_reply", "quotedMessageId")).isEqualTo("wamid.menu");
      assertThat(m.text("list_reply", "reply.id")).isEqualTo("plan-gold");
      assertThat(m.text("list_reply", "reply.description")).isEqualTo("Plano completo");
      assertThat(m.text("flow_reply", "reply.type")).isEqualTo("flow");
      assertThat(m.text("flow_reply", "reply.response"))
          .isEqualTo("{\"cpf\":\"123\",\"flow_token\":\"t1\"}");
      assertThat(m.text("template_button", "reply.type")).isEqualTo("template_button");
      assertThat(m.text("template_button", "reply.payload")).isEqualTo("CONFIRMAR_PEDIDO");
      assertThat(m.text("referral", "referral.ctwaClid")).isEqualTo("ARAkLkA8");
      assertThat(m.text("referral", "referral.sourceUrl")).isEqualTo("https://fb.me/ad123");
      assertThat(m.flag("forwarded", "frequentlyForwarded")).isTrue();
      assertThat(m.text("unsupported", "kind")).isEqualTo("unsupported");
      assertThat(m.text("unsupported", "reason.code")).isEqualTo("131051");
      assertThat(m.text("unsupported", "reason.title")).isEqualTo("Message type unknown");
      assertThat(m.text("unsupported", "reason.detail"))
          .isEqualTo("Message type is currently not supported.");
      assertThat(m.text("future_type", "kind")).isEqualTo("unsupported");
      assertThat(m.text("future_type", "reason.detail")).isEqualTo("type \"hologram\"");
      assertThat(m.text("order", "kind")).isEqualTo("order");
      assertThat(m.text("order", "order.catalogId")).isEqualTo("cat-77");
      assertThat(m.text("order", "order.text")).isEqualTo("Para entrega hoje");
      assertThat(m.text("order", "order.items[0].productRetailerId")).isEqualTo("sku-1");
      assertThat(m.value("order", "order.items[0].quantity")).isEqualTo(2);
      assertThat(m.value("order", "order.items[1].itemPrice")).isEqualTo(5.0f);
      assertThat(m.text("order", "order.items[1].currency")).isEqualTo("BRL");
      assertThat(m.text("system_notice", "kind")).isEqualTo("system");
      assertThat(m.text("system_notice", "system.type")).isEqualTo("disappearing_mode");
      assertThat(m.text("system_notice", "text")).isEqualTo("Mensagens temporárias ativadas");
      assertThat(m.value("text", "providerTimestamp")).isNull();
      assertThat(m.value("text", "reply")).isNull();
    }
  }

  @Test
  void aTimestampThatIsNoTimeIsReplacedAndKeptAsGiven() {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", "wamid.old-clock").put("from", FROM).put("timestamp", "1000");
    m.put("type", "text").putObject("text").put("body", "relógio parado");

    Api.deliver(channel, envelope("cloud", m)).statusCode(200);

    JsonPath shown =
        api.asAccount()
            .get("/api/session/" + api.onlySession() + "/messages")
            .then()
            .extract()
            .jsonPath();
    assertThat(shown.getString("data[0].providerTimestamp")).isEqualTo("1000");
    assertThat(java.time.Instant.parse(shown.getString("data[0].sentAt")))
        .isAfter(java.time.Instant.now().minusSeconds(60));
  }

  @Test
  void anErrorTheProviderReportsIsTakenAndCounted() {
    String reported =
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":"
            + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"errors\":[{"
            + "\"code\":131000,\"title\":\"Something went wrong\",\"error_data\":{"
            + "\"details\":\"Unknown error\"}}]}}]}]}";

    Api.deliver(channel, reported).statusCode(200).body("stored", org.hamcrest.Matchers.equalTo(0));

    io.restassured.RestAssured.get("/q/metrics")
        .then()
        .body(
            org.hamcrest.Matchers.containsString(
                "omnichannel_webhook_provider_errors_total{code=\"131000\",provider=\"d360\"}"));
  }

  @Test
  void aRevokeDeletesTheMessageItNamesAndIsNoMessageOfItsOwn() {
    long now = java.time.Instant.now().getEpochSecond();
    ObjectNode said = JSON.createObjectNode();
    said.put("id", "wamid.said").put("from", FROM).put("timestamp", String.valueOf(now));
    said.put("type", "text").putObject("text").put("body", "mensagem errada");
    Api.deliver(channel, envelope("cloud", said)).statusCode(200);
    ObjectNode revoke = JSON.createObjectNode();
    revoke.put("id", "wamid.revoke").put("from", FROM).put("timestamp", String.valueOf(now + 1));
    revoke.put("type", "revoke").putObject("revoke").put("original_message_id", "wamid.said");

    Api.deliver(channel, envelope("cloud", revoke))
        .statusCode(200)
        .body("stored", org.hamcrest.Matchers.equalTo(0))
        .body("statuses", org.hamcrest.Matchers.equalTo(1));

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("total", org.hamcrest.Matchers.equalTo(1))
        .body("data[0].status", org.hamcrest.Matchers.equalTo("deleted"));
    org.awaitility.Awaitility.await()
        .until(
            () ->
                api.get("/events?types=message.deleted")
                    .extract()
                    .<List<String>>path("data.data.messageId"),
            ids -> ids.contains("wamid.said"));
  }

  @Test
  void anEditReplacesTheTextAndKeepsTheEarlierOne() {
    long now = java.time.Instant.now().getEpochSecond();
    ObjectNode said = JSON.createObjectNode();
    said.put("id", "wamid.typo").put("from", FROM).put("timestamp", String.valueOf(now));
    said.put("type", "text").putObject("text").put("body", "Qeuro o boleto");
    Api.deliver(channel, envelope("flat", said)).statusCode(200);
    ObjectNode edit = JSON.createObjectNode();
    edit.put("id", "wamid.edit-1").put("from", FROM).put("timestamp", String.valueOf(now + 5));
    edit.put("type", "edit");
    ObjectNode change = edit.putObject("edit").put("original_message_id", "wamid.typo");
    change.putObject("message").put("type", "text").putObject("text").put("body", "Quero o boleto");

    Api.deliver(channel, envelope("cloud", edit))
        .statusCode(200)
        .body("stored", org.hamcrest.Matchers.equalTo(1));
    Api.deliver(channel, envelope("cloud", edit)).statusCode(200); // repeated by the provider

    JsonPath shown =
        api.asAccount()
            .get("/api/session/" + api.onlySession() + "/messages")
            .then()
            .extract()
            .jsonPath();
    assertThat(shown.getInt("total")).isEqualTo(1);
    assertThat(shown.getString("data[0].text")).isEqualTo("Quero o boleto");
    assertThat(shown.getList("data[0].edits")).containsExactly("Qeuro o boleto");
    assertThat(shown.getString("data[0].editedAt")).isNotNull();
    List<String> edited =
        org.awaitility.Awaitility.await()
            .until(
                () ->
                    api.get("/events?types=message.edited")
                        .extract()
                        .<List<String>>path("data.data.text"),
                texts -> !texts.isEmpty());
    assertThat(edited).containsExactly("Quero o boleto");

    // an edit that changes nothing is taken and leaves the message as it was
    ObjectNode plain = said.deepCopy().put("id", "wamid.plain");
    ((ObjectNode) plain.get("text")).put("body", "igual");
    Api.deliver(channel, envelope("flat", plain)).statusCode(200);
    ObjectNode same = edit.deepCopy().put("id", "wamid.edit-same");
    ((ObjectNode) same.get("edit")).put("original_message_id", "wamid.plain");
    ((ObjectNode) same.get("edit").get("message").get("text")).put("body", "igual");
    Api.deliver(channel, envelope("cloud", same)).statusCode(200);
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body(
            "data.find { it.messageId == 'wamid.plain' }.text",
            org.hamcrest.Matchers.equalTo("igual"))
        .body(
            "data.find { it.messageId == 'wamid.plain' }.edits", org.hamcrest.Matchers.nullValue());
  }

  /** The message of one kind and form, as the API shows it. */
  private record Shown(JsonPath all, String form) {
    Object value(String kind, String path) {
      return all.get("data.find { it.messageId == 'wamid." + kind + "-" + form + "' }." + path);
    }

    String text(String kind, String path) {
      return (String) value(kind, path);
    }

    Boolean flag(String kind, String path) {
      return (Boolean) value(kind, path);
    }
  }

  private static String envelope(String form, ObjectNode message) {
    String contacts = "[{\"profile\":{\"name\":\"Ana\"},\"wa_id\":\"" + FROM + "\"}]";
    String group = "\"contacts\":" + contacts + ",\"messages\":[" + message + "]";
    return form.equals("flat")
        ? "{" + group + "}"
        : "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA\",\"changes\":[{"
            + "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
            + group
            + "}}]}]}";
  }

  private static InputStream resource() {
    return MessageKindsTest.class.getResourceAsStream("/payloads/cloud-messages.json");
  }
}
