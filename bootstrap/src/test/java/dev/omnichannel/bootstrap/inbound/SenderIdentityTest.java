package dev.omnichannel.bootstrap.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every sender identity real providers emit is taken (API.md §10, issue #9): the WhatsApp Web JID
 * forms of a phone, WhatsApp's privacy id (LID), the Cloud API's business-scoped user id (BSUID)
 * with no phone at all — and a person reachable only by LID or BSUID can be answered.
 */
@QuarkusTest
class SenderIdentityTest {

  private static final String LID = "123456789012345@lid";
  private static final String BSUID = "BR.13491208655302741918";

  private final WireMockServer provider = ProviderStub.server();
  private Api api;

  @BeforeEach
  void stubs() {
    ProviderStub.answering("w1", "wamid.reply");
    api = Api.newAccount();
  }

  @Test
  void everyJidFormOfOnePhoneIsOneContact() {
    WebhookChannel channel = whatsAppWebChannel();
    String[] forms = {
      "5521988887777@c.us",
      "5521988887777@s.whatsapp.net",
      "5521988887777:6@s.whatsapp.net",
      "552188887777@c.us", // the same person without the ninth digit
      "5521988887777"
    };
    for (int i = 0; i < forms.length; i++) {
      Api.deliver(channel, Payloads.whatsAppWebMessage(forms[i], "Ana", "m" + i, 1700000000L + i))
          .statusCode(200)
          .body("stored", equalTo(1));
    }

    api.get("/contacts")
        .body("total", equalTo(1))
        .body("data[0].contactIdentifier", equalTo("5521988887777"));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("total", equalTo(forms.length));
  }

  @Test
  void aPersonKnownByLidIsAContactAndIsAnsweredAtTheLid() {
    WebhookChannel channel = whatsAppWebChannel();

    Api.deliver(channel, Payloads.whatsAppWebMessage("123456789012345:7@lid", "Bia", "oi", 1))
        .statusCode(200)
        .body("stored", equalTo(1));

    api.get("/contacts").body("data[0].contactIdentifier", equalTo(LID));
    reply().statusCode(200);
    provider.verify(
        1,
        postRequestedFor(urlEqualTo("/5521977776666/send"))
            .withRequestBody(equalToJson("{\"to\":\"" + LID + "\",\"text\":\"Olá\"}", true, true)));
  }

  @Test
  void aBatchWithABsuidOnlySenderAndAnUnreadableItemStoresTheOthers() {
    WebhookChannel channel = d360Channel();
    String batch =
        """
        {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages",
         "value":{"messaging_product":"whatsapp",
          "contacts":[{"profile":{"name":"Caio","username":"@caio"},"user_id":"%s"},
                      {"profile":{"name":"Duda"},"wa_id":"5521966665555"}],
          "messages":[
           {"from_user_id":"%s","id":"wamid.bsuid-1","timestamp":"1767000000","type":"text",
            "text":{"body":"sem telefone"}},
           {"id":"wamid.nobody","timestamp":"1767000001","type":"text","text":{"body":"?"}},
           {"from":"5521966665555","id":"wamid.phone-1","timestamp":"1767000002","type":"text",
            "text":{"body":"com telefone"}}]}}]}]}
        """
            .formatted(BSUID, BSUID)
            // within the customer service window, so the reply below may go
            .replace("17670000", String.valueOf(java.time.Instant.now().getEpochSecond() / 100));

    Api.deliver(channel, batch)
        .statusCode(200)
        .body("stored", equalTo(2))
        .body("skipped", equalTo(1));

    api.get("/contacts?limit=10")
        .body("total", equalTo(2))
        .body("data.contactIdentifier", containsInAnyOrder(BSUID, "5521966665555"))
        .body("data.name", containsInAnyOrder("Caio", "Duda"));
    String bsuidContact =
        api.get("/contacts?contactIdentifier=" + BSUID)
            .body("data.contactIdentifier", contains(BSUID))
            .extract()
            .path("data[0]._id");

    String session = api.get("/sessions?contactId=" + bsuidContact).extract().path("data[0]._id");
    api.asAccount()
        .body(Map.of("sessionId", session, "text", "Olá"))
        .post("/api/message/send")
        .then()
        .statusCode(200);
    // The Cloud API drops a BSUID given in `to`: it goes in `recipient`.
    provider.verify(
        1,
        postRequestedFor(urlEqualTo("/messages"))
            .withRequestBody(
                equalToJson(
                    "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                        + "\"recipient\":\""
                        + BSUID
                        + "\",\"type\":\"text\",\"text\":{\"body\":\"Olá\"}}",
                    false,
                    true)));
    provider.verify(
        0,
        postRequestedFor(urlEqualTo("/messages"))
            .withRequestBody(WireMock.matchingJsonPath("$.to")));
  }

  @Test
  void aDeliveryCarryingAPhoneAndABsuidLinksThemAndTheBsuidAloneFindsTheContact() {
    WebhookChannel channel = d360Channel();
    long now = java.time.Instant.now().getEpochSecond();
    String both =
        """
        {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
          "contacts":[{"profile":{"name":"Duda","username":"@duda"},"wa_id":"5521966665555",
                       "user_id":"%1$s"}],
          "messages":[{"from":"5521966665555","from_user_id":"%1$s","id":"wamid.both",
                       "timestamp":"%2$d","type":"text","text":{"body":"um"}}]}}]}]}
        """
            .formatted(BSUID, now);
    String bsuidOnly =
        """
        {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
          "contacts":[{"profile":{"name":"Duda"},"user_id":"%1$s"}],
          "messages":[{"from_user_id":"%1$s","id":"wamid.alone","timestamp":"%2$d",
                       "type":"text","text":{"body":"dois"}}]}}]}]}
        """
            .formatted(BSUID, now + 1);

    Api.deliver(channel, both).statusCode(200).body("stored", equalTo(1));
    Api.deliver(channel, bsuidOnly).statusCode(200).body("stored", equalTo(1));

    api.get("/contacts")
        .body("total", equalTo(1))
        .body("data[0].contactIdentifier", equalTo("5521966665555"))
        .body("data[0].bsuid", equalTo(BSUID))
        .body("data[0].username", equalTo("@duda"));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data.messageId", contains("wamid.both", "wamid.alone"));
    reply().statusCode(200);
    // the phone stays the address it is answered at
    provider.verify(
        1,
        postRequestedFor(urlEqualTo("/messages"))
            .withRequestBody(WireMock.matchingJsonPath("$.to", WireMock.equalTo("5521966665555"))));
  }

  @Test
  void aPersonFirstKnownByBsuidWhoArrivesWithTheirPhoneIsOneContactAnsweredAtThePhone() {
    WebhookChannel channel = d360Channel();
    long now = java.time.Instant.now().getEpochSecond();
    String bsuidOnly =
        """
        {"contacts":[{"profile":{"name":"Edu"},"user_id":"%1$s"}],
         "messages":[{"from_user_id":"%1$s","id":"wamid.first","timestamp":"%2$d",
                      "type":"text","text":{"body":"um"}}]}
        """
            .formatted(BSUID, now);
    String both =
        """
        {"contacts":[{"profile":{"name":"Edu"},"wa_id":"5521955554444","user_id":"%1$s"}],
         "messages":[{"from":"5521955554444","from_user_id":"%1$s","id":"wamid.second",
                      "timestamp":"%2$d","type":"text","text":{"body":"dois"}}]}
        """
            .formatted(BSUID, now + 1);

    Api.deliver(channel, bsuidOnly).statusCode(200).body("stored", equalTo(1));
    api.get("/contacts").body("data[0].contactIdentifier", equalTo(BSUID));
    Api.deliver(channel, both).statusCode(200).body("stored", equalTo(1));
    Api.deliver(channel, both).statusCode(200).body("duplicates", equalTo(1));

    api.get("/contacts")
        .body("total", equalTo(1))
        .body("data[0].contactIdentifier", equalTo("5521955554444"))
        .body("data[0].bsuid", equalTo(BSUID));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data.messageId", contains("wamid.first", "wamid.second"));
    reply().statusCode(200);
    provider.verify(
        1,
        postRequestedFor(urlEqualTo("/messages"))
            .withRequestBody(WireMock.matchingJsonPath("$.to", WireMock.equalTo("5521955554444"))));
  }

  @Test
  void aNumberChangeMovesTheContactToItsNewNumber() {
    WebhookChannel channel = d360Channel();
    long now = java.time.Instant.now().getEpochSecond();
    Api.deliver(channel, text("wamid.before", "5521944443333", now)).statusCode(200);
    String changed =
        """
        {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
          "messages":[{"from":"5521944443333","id":"wamid.changed","timestamp":"%d",
            "type":"system","system":{"body":"Fia changed from +55 21 94444-3333 to +55 21 93333-2222",
            "new_wa_id":"5521933332222","type":"user_changed_number"}}]}}]}]}
        """
            .formatted(now + 1);

    Api.deliver(channel, changed).statusCode(200).body("stored", equalTo(1));
    Api.deliver(channel, changed).statusCode(200).body("duplicates", equalTo(1));
    Api.deliver(channel, text("wamid.after", "5521933332222", now + 2)).statusCode(200);

    api.get("/contacts")
        .body("total", equalTo(1))
        .body("data[0].contactIdentifier", equalTo("5521933332222"));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data.messageId", contains("wamid.before", "wamid.changed", "wamid.after"))
        .body("data[1].kind", equalTo("system"));
    reply().statusCode(200);
    provider.verify(
        1,
        postRequestedFor(urlEqualTo("/messages"))
            .withRequestBody(WireMock.matchingJsonPath("$.to", WireMock.equalTo("5521933332222"))));
    org.awaitility.Awaitility.await()
        .until(
            () ->
                api.get("/events?types=contact.updated")
                    .extract()
                    .<List<String>>path("data.data.contactIdentifier"),
            ids -> ids.contains("5521933332222"));
  }

  private static String text(String id, String from, long at) {
    return Payloads.d360Message(id, from, "Fia", "oi").replace("1659518400", String.valueOf(at));
  }

  private io.restassured.response.ValidatableResponse reply() {
    return api.asAccount()
        .body(Map.of("sessionId", api.onlySession(), "text", "Olá"))
        .post("/api/message/send")
        .then();
  }

  private WebhookChannel whatsAppWebChannel() {
    return api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
  }

  private WebhookChannel d360Channel() {
    return api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
  }
}
