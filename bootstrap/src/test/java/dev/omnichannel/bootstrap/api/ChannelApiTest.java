package dev.omnichannel.bootstrap.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.CapturedLogs;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChannelApiTest {

  private static final String WEBHOOK =
      "http://localhost:8080/api/webhook/%s/%s/%s\\?token=[A-Za-z0-9_-]{43}";

  private final WireMockServer provider = ProviderStub.server();
  private final Api api = Api.newAccount();

  @BeforeEach
  void resetProvider() {
    provider.resetAll();
  }

  @Test
  void creatingAWhatsAppWebChannelSetsTheGatewaysWebhookToOurUrl() {
    provider.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    String config = api.whatsAppWebConfig(ProviderStub.baseUrl());

    var created =
        api.createChannel(config, "5521977776666")
            .statusCode(201)
            .body("slug", Matchers.equalTo("whatsappweb"))
            .body("webhookConfigured", Matchers.equalTo(true))
            .body("signMessages", Matchers.equalTo(true))
            .body("defaultPlatform", Matchers.equalTo("crm"))
            .extract();
    String channelId = created.path("_id");
    String webhookUrl = created.path("webhookUrl");

    assertThat(webhookUrl).matches(String.format(WEBHOOK, "whatsappweb", config, channelId));
    provider.verify(
        1,
        getRequestedFor(urlPathEqualTo("/5521977776666/setWebhook"))
            .withQueryParam("url", equalTo(webhookUrl)));
  }

  @Test
  void creatingAD360ChannelPostsTheWebhookWithTheTokenHeaderAndApiKey() {
    provider.stubFor(post(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{}")));
    String config = api.d360Config(ProviderStub.baseUrl(), "d360-key-abc");

    var created =
        api.createChannel(config, "5521977776666")
            .statusCode(201)
            .body("slug", Matchers.equalTo("d360"))
            .body("webhookConfigured", Matchers.equalTo(true))
            .extract();
    String webhookUrl = created.path("webhookUrl");
    String token = URI.create(webhookUrl).getQuery().substring("token=".length());

    assertThat(webhookUrl)
        .matches(String.format(WEBHOOK, "360dialog", config, created.path("_id")));
    provider.verify(
        1,
        postRequestedFor(urlEqualTo("/v1/configs/webhook"))
            .withHeader("D360-API-KEY", equalTo("d360-key-abc"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    "{\"url\":\""
                        + webhookUrl
                        + "\",\"headers\":{\"X-Omnichannel-Token\":\""
                        + token
                        + "\"}}")));
  }

  @Test
  void aProviderThatIsDownLeavesTheWebhookUnconfiguredAndTheRetryEndpointFinishesIt() {
    provider.stubFor(
        post(urlEqualTo("/v1/configs/webhook"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    String config = api.d360Config(ProviderStub.baseUrl(), "key");
    String channelId =
        api.createChannel(config, "5521977776666")
            .statusCode(201)
            .body("webhookConfigured", Matchers.equalTo(false))
            .extract()
            .path("_id");

    api.post("/channels/" + channelId + "/webhook", "")
        .statusCode(502)
        .body("code", Matchers.equalTo("PROVIDER_UNAVAILABLE"));
    api.get("/channels/" + channelId).body("webhookConfigured", Matchers.equalTo(false));

    provider.stubFor(post(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{}")));
    api.post("/channels/" + channelId + "/webhook", "")
        .statusCode(200)
        .body("webhookConfigured", Matchers.equalTo(true));
    api.get("/channels/" + channelId).body("webhookConfigured", Matchers.equalTo(true));
  }

  @Test
  void anUnreachableGatewayStillCreatesTheChannel() {
    String config = api.whatsAppWebConfig(ProviderStub.unreachableUrl());

    api.createChannel(config, "5521977776666")
        .statusCode(201)
        .body("webhookConfigured", Matchers.equalTo(false));
  }

  @Test
  void aRefusedApiKeyIsReportedAsProviderAuthFailure() {
    provider.stubFor(
        post(urlEqualTo("/v1/configs/webhook"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"meta\":{\"success\":false,\"http_code\":401,\"developer_message\":\"Invalid api_key\"}}")));
    String config = api.d360Config(ProviderStub.baseUrl(), "wrong");
    String channelId = api.createChannel(config, "5521977776666").extract().path("_id");

    api.post("/channels/" + channelId + "/webhook", "")
        .statusCode(502)
        .body("code", Matchers.equalTo("PROVIDER_AUTH_FAILED"))
        .body("provider", Matchers.equalTo("d360"));
  }

  @Test
  void secretsAreShownOnceAndNeverLogged() {
    provider.stubFor(
        post(urlEqualTo("/v1/configs/webhook")).willReturn(aResponse().withStatus(500)));
    try (CapturedLogs logs = CapturedLogs.start()) {
      String config = api.d360Config(ProviderStub.baseUrl(), "super-secret-key");
      var created = api.createChannel(config, "5521977776666").statusCode(201).extract();
      String channelId = created.path("_id");
      String token = URI.create(created.<String>path("webhookUrl")).getQuery().substring(6);

      String shown =
          api.get("/channels/" + channelId).extract().asString()
              + api.get("/channels").extract().asString();
      api.get("/channels/" + channelId)
          .body(
              "webhookUrl",
              Matchers.endsWith("/api/webhook/360dialog/" + config + "/" + channelId));
      assertThat(shown).doesNotContain(token).doesNotContain("super-secret-key");
      assertThat(logs.text())
          .contains(channelId)
          .doesNotContain(token)
          .doesNotContain("super-secret-key");
    }
  }

  @Test
  void theGatewaysConnectionStatusIsPassedOn() {
    provider.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    provider.stubFor(
        get(urlEqualTo("/5521977776666/status"))
            .willReturn(
                okJson("{\"status\":\"open\",\"qr\":null,\"battery\":85,\"plugged\":true}")));
    String channelId =
        api.createChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()), "5521977776666")
            .extract()
            .path("_id");

    api.get("/channels/" + channelId + "/status")
        .statusCode(200)
        .body("status", Matchers.equalTo("open"))
        .body("qr", nullValue())
        .body("battery", Matchers.equalTo(85))
        .body("plugged", Matchers.equalTo(true));
  }

  @Test
  void aD360ChannelIsOpenWhenItsApiKeyIsAccepted() {
    provider.stubFor(post(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{}")));
    provider.stubFor(get(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{\"url\":\"x\"}")));
    String channelId =
        api.createChannel(api.d360Config(ProviderStub.baseUrl(), "k"), "5521977776666")
            .extract()
            .path("_id");

    api.get("/channels/" + channelId + "/status")
        .statusCode(200)
        .body("status", Matchers.equalTo("open"));
    provider.verify(
        getRequestedFor(urlEqualTo("/v1/configs/webhook"))
            .withHeader("D360-API-KEY", equalTo("k")));
  }

  @Test
  void aNumberIsValidatedThroughTheGateway() {
    provider.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    provider.stubFor(
        get(urlEqualTo("/5521977776666/validate/5521988887777"))
            .willReturn(
                okJson(
                    "{\"input\":\"5521988887777\",\"isValid\":true,\"jid\":\"5521988887777@c.us\","
                        + "\"lid\":\"5521988887777@lid\",\"phone\":\"5521988887777\"}")));
    String channelId =
        api.createChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()), "5521977776666")
            .extract()
            .path("_id");

    api.get("/channels/" + channelId + "/validate/+55 21 98888-7777")
        .statusCode(200)
        .body("isValid", Matchers.equalTo(true))
        .body("jid", Matchers.equalTo("5521988887777@c.us"))
        .body("lid", Matchers.equalTo("5521988887777@lid"));
  }

  @Test
  void gatewayErrorsAreTranslated() {
    provider.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    provider.stubFor(
        get(urlEqualTo("/5521977776666/validate/5521911112222"))
            .willReturn(aResponse().withStatus(404)));
    provider.stubFor(
        get(urlEqualTo("/5521977776666/validate/5521933334444"))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Connection closed\"}")));
    provider.stubFor(
        get(urlEqualTo("/5521977776666/validate/5521955556666"))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Invalid number\"}")));
    String channelId =
        api.createChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()), "5521977776666")
            .extract()
            .path("_id");

    api.get("/channels/" + channelId + "/validate/5521911112222")
        .statusCode(404)
        .body("code", Matchers.equalTo("NUMBER_NOT_FOUND"));
    api.get("/channels/" + channelId + "/validate/5521933334444")
        .statusCode(503)
        .body("code", Matchers.equalTo("CONNECTION_CLOSED"));
    api.get("/channels/" + channelId + "/validate/5521955556666")
        .statusCode(400)
        .body("code", Matchers.equalTo("INVALID_NUMBER"));
  }

  @Test
  void numberValidationOnD360IsRefusedWithoutCallingIt() {
    provider.stubFor(post(urlEqualTo("/v1/configs/webhook")).willReturn(okJson("{}")));
    String channelId =
        api.createChannel(api.d360Config(ProviderStub.baseUrl(), "k"), "5521977776666")
            .extract()
            .path("_id");
    provider.resetRequests();

    api.get("/channels/" + channelId + "/validate/5521988887777")
        .statusCode(422)
        .contentType(Api.PROBLEM_JSON)
        .body("code", Matchers.equalTo("UNSUPPORTED_CAPABILITY"))
        .body("provider", Matchers.equalTo("d360"))
        .body("capability", Matchers.equalTo("number-validation"));
    assertThat(ProviderStub.callsBesidesPhotos()).isEmpty();
  }

  @Test
  void channelsAreScopedToTheirAccount() {
    String channelId = api.channelWithoutProvider();
    Api other = Api.newAccount();

    api.get("/channels").body("_id", contains(channelId));
    other
        .get("/channels/" + channelId)
        .statusCode(404)
        .body("code", Matchers.equalTo("CHANNEL_NOT_FOUND"));
    other.get("/channels/" + channelId + "/status").statusCode(404);
    other.post("/channels/" + channelId + "/webhook", "").statusCode(404);
  }

  @Test
  void aChannelNeedsAConfigOfTheAccountAndAPlausibleNumber() {
    String theirs = Api.newAccount().d360Config("https://waba-v2.360dialog.io", "k");
    api.createChannel(theirs, "5521977776666")
        .statusCode(404)
        .body("code", Matchers.equalTo("PLATFORM_CONFIG_NOT_FOUND"));

    String mine = api.whatsAppWebConfig(ProviderStub.unreachableUrl());
    api.createChannel(mine, "12")
        .statusCode(400)
        .body("code", Matchers.equalTo("INVALID_NUMBER"))
        .body("errors.field", contains("phoneNumber"));
    api.post(
            "/channels",
            Map.of(
                "platformConfigId",
                mine,
                "name",
                "x",
                "phoneNumber",
                "5521977776666",
                "channelType",
                "telegram"))
        .statusCode(400)
        .body("errors.field", contains("channelType"));
    api.post("/channels", Map.of())
        .statusCode(400)
        .body("errors.field", Matchers.hasItems("platformConfigId", "name", "phoneNumber"));
  }

  @Test
  void aCreatedChannelsTimesAreIsoWithMilliseconds() {
    api.createChannel(api.whatsAppWebConfig(ProviderStub.unreachableUrl()), "5521977776666")
        .body("createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
  }

  @Test
  void aGatewayAnswerWithoutContentTypeIsReadAndAnUnreadableOneIsAProviderError() {
    provider.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    provider.stubFor(
        get(urlEqualTo("/5521977776666/status"))
            .willReturn(
                aResponse().withStatus(200).withBody("{\"status\":\"qr\",\"qr\":\"2@abc\"}")));
    String channelId =
        api.createChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()), "5521977776666")
            .extract()
            .path("_id");

    api.get("/channels/" + channelId + "/status")
        .statusCode(200)
        .body("status", Matchers.equalTo("qr"))
        .body("qr", Matchers.equalTo("2@abc"));

    provider.stubFor(
        get(urlEqualTo("/5521977776666/status"))
            .willReturn(aResponse().withStatus(200).withBody("<html>proxy error</html>")));
    api.get("/channels/" + channelId + "/status")
        .statusCode(502)
        .body("code", Matchers.equalTo("PROVIDER_ERROR"));
  }
}
