package dev.omnichannel.bootstrap.access;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API.md §8: the key names the account; without one, nothing under /api/ but webhooks answers. */
@QuarkusTest
class AccessApiTest {

  private final WireMockServer gateway = ProviderStub.server();
  private Api b;
  private Resources of;

  /** Account B with one of everything, to be reached (or not) by others. */
  record Resources(
      String config, String channel, String contact, String session, String sentMessage) {}

  @BeforeEach
  void accountBWithOneOfEverything() {
    gateway.resetAll();
    gateway.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    gateway.stubFor(
        post(urlEqualTo("/5521977776666/send")).willReturn(okJson("{\"id\":\"ww-b-1\"}")));
    b = Api.newAccount();
    Api.WebhookChannel channel = b.webhookChannel(b.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = b.onlySession();
    String contact = b.get("/contacts").extract().path("data[0]._id");
    String sent =
        b.authed()
            .body(Map.of("sessionId", session, "text", "Olá"))
            .post("/api/message/send")
            .then()
            .statusCode(200)
            .extract()
            .path("messageId");
    of = new Resources(channel.platformConfigId(), channel.channelId(), contact, session, sent);
    gateway.resetRequests();
  }

  /** Every agents' endpoint, as method, path and body, naming B's resources. */
  private List<Call> everyEndpoint() {
    String a = b.account();
    String acc = "/api/accounts/" + a;
    return List.of(
        new Call(
            "POST",
            acc + "/platform-configs",
            Map.of("provider", "d360", "name", "x", "apiKey", "k")),
        new Call("GET", acc + "/platform-configs", null),
        new Call("GET", acc + "/platform-configs/" + of.config(), null),
        new Call(
            "POST",
            acc + "/channels",
            Map.of("platformConfigId", of.config(), "name", "x", "phoneNumber", "5521977776666")),
        new Call("GET", acc + "/channels", null),
        new Call("GET", acc + "/channels/" + of.channel(), null),
        new Call("POST", acc + "/channels/" + of.channel() + "/webhook", null),
        new Call("GET", acc + "/channels/" + of.channel() + "/status", null),
        new Call("GET", acc + "/channels/" + of.channel() + "/validate/5521988887777", null),
        new Call(
            "POST",
            acc + "/contacts",
            Map.of(
                "contactIdentifier",
                "5521911112222",
                "channelId",
                of.channel(),
                "channelType",
                "whatsapp",
                "type",
                "individual")),
        new Call("GET", acc + "/contacts", null),
        new Call("GET", acc + "/contacts/" + of.contact(), null),
        new Call("PATCH", acc + "/contacts/" + of.contact(), Map.of("customName", "hijacked")),
        new Call("GET", acc + "/sessions", null),
        new Call("POST", acc + "/api-keys", Map.of("name", "stolen")),
        new Call("GET", acc + "/api-keys", null),
        new Call("DELETE", acc + "/api-keys/0123456789abcdef01234567", null),
        new Call("GET", "/api/session/" + of.session(), null),
        new Call("GET", "/api/session/" + of.session() + "/messages", null),
        new Call(
            "POST",
            "/api/session/transfer/" + of.session(),
            Map.of("params", Map.of("platformSlug", "crm"), "transferMessage", "x")),
        new Call("DELETE", "/api/session/finish/" + of.session(), null),
        new Call("POST", "/api/message/send", Map.of("sessionId", of.session(), "text", "x")),
        new Call(
            "POST",
            "/api/message",
            Map.of("recipientNumber", "5521977776666-group", "text", "x", "isGroupMesssage", true)),
        new Call(
            "POST",
            "/api/message/start/d360",
            Map.of("to", "5521988887777", "template", "hello", "channelId", of.channel())),
        new Call(
            "DELETE",
            "/api/message/" + of.sentMessage() + "?senderId=5521977776666&channelSlug=whatsappweb",
            null),
        new Call("GET", "/api/me", null),
        new Call("GET", "/api/nothing-here", null));
  }

  record Call(String method, String path, Object body) {
    io.restassured.response.ValidatableResponse by(RequestSpecification spec) {
      if (body != null) {
        spec = spec.body(body);
      }
      return spec.request(method, path).then();
    }
  }

  @Test
  void withoutAKeyOrWithAWrongOneEveryEndpointAnswers401() {
    for (Call call : everyEndpoint()) {
      unauthenticated(call.by(Api.json()), call, "An API key is required");
      unauthenticated(
          call.by(Api.json().header("X-Api-Key", "omc_not-a-key")), call, "unknown or revoked");
      unauthenticated(
          call.by(Api.json().header("Authorization", "Bearer " + Api.OPERATOR_KEY + "x")),
          call,
          "unknown or revoked");
    }
    // contacts' profile photos are fetched in the background: any other call is a leak
    gateway.verify(
        0,
        anyRequestedFor(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "(?!/\\d+/profile-picture/|/pics/).*")));
    b.get("/contacts/" + of.contact()).body("customName", nullValue());
  }

  @Test
  void aRevokedKeyAnswers401AtOnce() {
    Api other = Api.newAccount();
    String keyId = other.get("/api-keys").statusCode(200).extract().path("[0]._id");
    other
        .authed()
        .delete(other.path("/api-keys/" + keyId))
        .then()
        .statusCode(200)
        .body("revokedAt", notNullValue())
        .body("key", nullValue());

    for (Call call : everyEndpoint()) {
      unauthenticated(call.by(other.authed()), call, "unknown or revoked");
    }
  }

  private static void unauthenticated(
      io.restassured.response.ValidatableResponse response, Call call, String detail) {
    response
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("UNAUTHENTICATED"))
        .body("status", equalTo(401))
        .body("detail", org.hamcrest.Matchers.containsString(detail));
  }

  @Test
  void anotherAccountsKeyFindsNothingOfB() {
    Api a = Api.newAccount();
    for (Call call : everyEndpoint()) {
      if (call.path().equals("/api/me") || call.path().equals("/api/nothing-here")) {
        continue;
      }
      call.by(a.authed()).statusCode(404);
    }
    // contacts' profile photos are fetched in the background: any other call is a leak
    gateway.verify(
        0,
        anyRequestedFor(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "(?!/\\d+/profile-picture/|/pics/).*")));
    b.get("/contacts/" + of.contact()).statusCode(200).body("customName", nullValue());
    b.get("/contacts").body("total", equalTo(1));
    b.get("/platform-configs").body("size()", equalTo(1));
    b.get("/channels").body("size()", equalTo(1));
    b.get("/api-keys").body("size()", equalTo(1)).body("[0].revokedAt", nullValue());
    b.asAccount().get("/api/session/" + of.session()).then().body("status", equalTo("active"));
    b.asAccount()
        .get("/api/session/" + of.session() + "/messages")
        .then()
        .body("total", equalTo(2));
  }

  @Test
  void theHeaderMayRepeatTheKeysAccountButNotNameAnother() {
    b.authed()
        .header("X-Client-Identifier", b.account())
        .get("/api/session/" + of.session())
        .then()
        .statusCode(200);
    b.authed()
        .header("X-Client-Identifier", Api.newAccount().account())
        .get("/api/session/" + of.session())
        .then()
        .statusCode(404);
  }

  @Test
  void theOperatorReachesEveryAccountAndNamesItOnPathsWithout() {
    Api.operator().get(b.path("/contacts/" + of.contact())).then().statusCode(200);
    Api.operator()
        .body(Map.of("sessionId", of.session(), "text", "x"))
        .post("/api/message/send")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("X-Client-Identifier"));
    Api.operator()
        .header("X-Client-Identifier", b.account())
        .get("/api/session/" + of.session())
        .then()
        .statusCode(200)
        .body("_id", equalTo(of.session()));
  }

  @Test
  void meSaysWhoTheKeyIs() {
    b.authed()
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("clientIdentifier", equalTo(b.account()))
        .body("keyId", notNullValue())
        .body("name", equalTo("tests"))
        .body("operator", equalTo(false));
    Api.operator()
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("clientIdentifier", nullValue())
        .body("operator", equalTo(true));
  }

  @Test
  void keysAreShownOnceAndListedByPrefixWithTheirLastUse() {
    String value =
        b.post("/api-keys", Map.of("name", "crm-production"))
            .statusCode(201)
            .body("key", org.hamcrest.Matchers.startsWith("omc_"))
            .body("name", equalTo("crm-production"))
            .body("createdAt", notNullValue())
            .extract()
            .path("key");
    Api.json().header("X-Api-Key", value).get(b.path("/contacts")).then().statusCode(200);

    var listed = b.get("/api-keys").statusCode(200).extract();
    String body = listed.asString();
    assertThat(body).doesNotContain(value);
    List<Map<String, Object>> keys = listed.path("");
    assertThat(keys)
        .anySatisfy(
            k -> {
              assertThat(k.get("name")).isEqualTo("crm-production");
              assertThat(k.get("prefix")).isEqualTo(value.substring(0, 12));
              assertThat(k.get("lastUsedAt")).isNotNull();
              assertThat(k).doesNotContainKey("key");
            });
  }

  @Test
  void anAccountKeyCannotMakeKeysForAnotherAccount() {
    Api.newAccount().post("/api-keys", Map.of("name", "x")).statusCode(201);
    b.authed()
        .body(Map.of("name", "x"))
        .post(Api.newAccount().path("/api-keys"))
        .then()
        .statusCode(404)
        .body("code", equalTo("ACCOUNT_NOT_FOUND"));
  }
}
