package dev.omnichannel.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reproductions of the hardening issue: each once answered a 5xx, stored half a delivery, or
 * silently converted what it should have refused.
 */
@QuarkusTest
class HostileInputTest {

  private final Api api = Api.newAccount();

  @Test
  void aNullInsideAProviderListIsSkippedAndItsNeighboursAreTaken() {
    WebhookChannel channel = api.d360Channel();
    String message =
        """
        {"id":"wamid.N1","from":"5521988887777","type":"text","timestamp":"1659518400",
         "text":{"body":"Oi"}}""";
    Api.deliver(
            channel,
            """
            {"messages":[null,%s],"contacts":[null,{"profile":{"name":"João"},"wa_id":"5521988887777"}],
             "statuses":[null,{"id":"wamid.X","status":"failed","timestamp":"1659518400",
                               "recipient_id":"5521988887777","errors":[null]}]}"""
                .formatted(message))
        .statusCode(200)
        .body("stored", equalTo(1));
    Api.deliver(
            channel,
            """
            {"object":"whatsapp_business_account","entry":[null,{"id":"W","changes":[null,
             {"field":"messages","value":{"messages":[%s]}}]}]}"""
                .formatted(message.replace("wamid.N1", "wamid.N2")))
        .statusCode(200)
        .body("stored", equalTo(1));

    WebhookChannel web = api.whatsAppWebChannel();
    Api.deliver(
            web,
            Payloads.seedGroupMessage().replace("\"participants\":[", "\"participants\":[null,"))
        .statusCode(200)
        .body("stored", equalTo(1));
  }

  @Test
  void anImpossibleTimestampStoresTheMessageAtItsArrivalInOneActiveSession() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Api.deliver(
            api.d360Channel(),
            Payloads.seedD360Message().replace("\"1659518400\"", "\"9223372036854776\""))
        .statusCode(200)
        .body("stored", equalTo(1));
    Api.deliver(
            api.whatsAppWebChannel(),
            Payloads.whatsAppWebMessage("5521955554444", "Ana", "Oi", 0)
                .replace("\"timestamp\":0", "\"timestamp\":\"4611686018427387904\""))
        .statusCode(200)
        .body("stored", equalTo(1));

    List<String> sessions =
        api.get("/sessions?status=active").statusCode(200).extract().path("data._id");
    assertThat(sessions).hasSize(2);
    for (String session : sessions) {
      String sentAt =
          api.asAccount()
              .get("/api/session/" + session + "/messages")
              .then()
              .statusCode(200)
              .body("total", equalTo(1))
              .extract()
              .path("data[0].sentAt");
      assertThat(Instant.parse(sentAt)).isBetween(before, Instant.now().plusSeconds(1));
    }
  }

  @Test
  void aKeyGivenTwiceIsRefusedAndNothingIsStored() {
    api.authed()
        .body(
            """
            {"provider":"whatsappweb","name":"A","baseUrl":"http://gw:3000",
             "clientNumber":"5521977776666","name":"B"}""")
        .post(api.path("/platform-configs"))
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("MALFORMED_JSON"));
    api.authed()
        .body("{\"params\":{\"platformSlug\":\"a\"},\"transferMessage\":\"t\",\"params\":{}}")
        .post("/api/session/transfer/6b072df86de392c5ba10aff5")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("MALFORMED_JSON"));
    api.get("/platform-configs").statusCode(200).body("size()", equalTo(0));
  }

  @Test
  void aValueOfTheWrongJsonTypeIsRefusedNotConverted() {
    String channel = api.channelWithoutProvider();
    Map<String, Object> contact =
        Map.of(
            "contactIdentifier", "5521988887777",
            "channelId", channel,
            "channelType", "whatsapp",
            "type", "individual");
    for (Map.Entry<String, Object> wrong :
        Map.<String, Object>of("name", 123, "isIgnored", 1, "tagIds", List.of(true)).entrySet()) {
      Map<String, Object> body = new java.util.HashMap<>(contact);
      body.put(wrong.getKey(), wrong.getValue());
      api.post("/contacts", body)
          .statusCode(400)
          .contentType(Api.PROBLEM_JSON)
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors.field[0]", startsWith(wrong.getKey()));
    }
    api.get("/contacts").statusCode(200).body("total", equalTo(0));
  }

  @Test
  void anApiKeyOfControlCharactersIsRefused() {
    api.post(
            "/platform-configs",
            Map.of(
                "provider", "d360", "name", "x", "baseUrl", "http://d360", "apiKey", "\u0001\r\n"))
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("errors.field", contains("apiKey"));
  }

  @Test
  void nullsAndOversizedValuesInsideSendsAreRefusedByName() {
    String session = "6b072df86de392c5ba10aff5";
    api.asAccount()
        .body(
            Map.of(
                "sessionId",
                session,
                "interactive",
                Map.of(
                    "type", "button",
                    "body", Map.of("text", "Escolha"),
                    "action", Map.of("buttons", java.util.Arrays.asList((Object) null)))))
        .post("/api/message/send")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("errors.field", hasItem(startsWith("interactive.action.buttons")));
    api.asAccount()
        .body(
            Map.of(
                "sessionId",
                session,
                "interactive",
                Map.of(
                    "type",
                    "contacts",
                    "contacts",
                    List.of(
                        Map.of(
                            "name", Map.of("formatted_name", "Ana"),
                            "phones", List.of(Map.of("phone", "9".repeat(1_000_000))))))))
        .post("/api/message/send")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("errors.field", hasItem(startsWith("interactive.contacts")));
  }

  @Test
  void anOversizedSearchIsRefusedAtOnce() {
    api.get("/contacts?name=" + "a".repeat(3000))
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("errors.field", contains("name"));
  }

  @Test
  void theHttpLayersOwnRefusalsAreProblemJson() {
    api.authed()
        .contentType("text/plain")
        .body("hello")
        .post(api.path("/contacts"))
        .then()
        .statusCode(415)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(415));
    api.authed()
        .delete("/api/me")
        .then()
        .statusCode(405)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(405));
    api.authed()
        .get("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(404));
    given()
        .header("Authorization", "Bearer " + api.key())
        .body("{}")
        .post(api.path("/contacts"))
        .then()
        .statusCode(415)
        .contentType(Api.PROBLEM_JSON);
  }
}
