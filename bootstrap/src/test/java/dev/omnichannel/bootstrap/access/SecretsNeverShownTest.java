package dev.omnichannel.bootstrap.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.CapturedLogs;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No API key, provider key or webhook token in any answer after creation, nor in any log line. */
@QuarkusTest
class SecretsNeverShownTest {

  private final WireMockServer d360 = ProviderStub.server();

  @Test
  void providersEchoingTheKeyAreMaskedAndNothingSecretIsLoggedOrShown() {
    String providerKey = "d360-secret-" + UUID.randomUUID();
    d360.resetAll();
    d360.stubFor(
        post(urlEqualTo("/v1/configs/webhook"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"meta\":{\"developer_message\":\"bad key " + providerKey + "\"}}")));
    d360.stubFor(
        post(urlEqualTo("/messages"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"message\":\"Invalid parameter\",\"code\":100,"
                            + "\"error_data\":{\"details\":\"key "
                            + providerKey
                            + " cannot send this\"}}}")));
    Api api = Api.newAccount();
    StringBuilder answers = new StringBuilder();
    String token;
    try (CapturedLogs logs = CapturedLogs.start()) {
      var config =
          api.post(
                  "/platform-configs",
                  Map.of(
                      "provider",
                      "d360",
                      "name",
                      "360",
                      "baseUrl",
                      ProviderStub.baseUrl(),
                      "apiKey",
                      providerKey))
              .statusCode(201)
              .extract();
      answers.append(config.asString());
      var channel =
          api.createChannel(config.path("_id"), "5521977776666").statusCode(201).extract();
      String url = channel.path("webhookUrl");
      token = url.substring(url.indexOf("token=") + 6);
      Api.WebhookChannel hook =
          new Api.WebhookChannel(
              channel.path("_id"), config.path("_id"), url.substring(url.indexOf("/api/webhook/")));
      Api.deliver(hook, Payloads.d360MessageWritten("wamid.in-s", "5521988887777", 60))
          .statusCode(200);
      String session = api.onlySession();

      answers.append(
          api.asAccount()
              .body(Map.of("sessionId", session, "text", "Olá"))
              .post("/api/message/send")
              .then()
              .statusCode(400)
              .body("code", org.hamcrest.Matchers.equalTo("INVALID_MESSAGE"))
              .body("detail", org.hamcrest.Matchers.containsString("key *** cannot send"))
              .extract()
              .asString());
      answers.append(
          api.post("/channels/" + channel.path("_id") + "/webhook", Map.of())
              .statusCode(502)
              .extract()
              .asString());
      answers.append(api.get("/platform-configs").extract().asString());
      answers.append(api.get("/channels").extract().asString());
      answers.append(api.get("/api-keys").extract().asString());

      for (String secret : new String[] {providerKey, token, api.key(), Api.OPERATOR_KEY}) {
        assertThat(logs.text()).as("logs").doesNotContain(secret);
        assertThat(answers.toString()).as("answers").doesNotContain(secret);
      }
    }
  }
}
