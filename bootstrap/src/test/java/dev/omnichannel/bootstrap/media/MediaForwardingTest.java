package dev.omnichannel.bootstrap.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent forwards a kept file (API.md §11): to the gateway as a signed, expiring link of ours
 * that a forged signature or another file's id cannot open; to 360dialog by upload, then by id.
 */
@QuarkusTest
class MediaForwardingTest {

  private static final String LINK = MediaStubs.LINK;

  private final WireMockServer provider = ProviderStub.server();
  private final byte[] photo = new byte[300 * 1024];
  private Api api;

  @BeforeEach
  void stubs() {
    ProviderStub.answering("gw-1", "wamid.out-1");
    new Random(11).nextBytes(photo);
    api = Api.newAccount();
  }

  @Test
  void aKeptFileIsForwardedThroughTheGatewayBySignedLinkAndTo360dialogByUpload() {
    // kept from a 360dialog delivery, forwarded first on that channel
    WebhookChannel cloud = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    MediaStubs.lookupAnswers(provider, "777", photo.length);
    provider.stubFor(get(urlEqualTo(LINK)).willReturn(aResponse().withBody(photo)));
    provider.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/media"))
            .willReturn(okJson("{\"id\":\"uploaded-1\"}")));
    Api.deliver(cloud, MediaStubs.image("777", null)).statusCode(200);
    String id = MediaStubs.awaitStored(api);
    String session = api.onlySession();

    api.asAccount()
        .body(java.util.Map.of("sessionId", session, "mediaId", id, "text", "segue"))
        .post("/api/message/send")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);

    provider.verify(
        1,
        com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/media"))
            .withHeader("D360-API-KEY", equalTo("d360-key"))
            .withAnyRequestBodyPart(
                com.github.tomakehurst.wiremock.client.WireMock.aMultipart()
                    .withName("file")
                    .withBody(
                        com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo(photo))));
    provider.verify(
        1,
        com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/messages"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                    "$.image.id", equalTo("uploaded-1")))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                    "$.image.caption", equalTo("segue"))));

    // the same file, forwarded by an agent on a WhatsApp Web session of the account
    WebhookChannel gateway = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(
            gateway,
            dev.omnichannel.bootstrap.support.Payloads.whatsAppWebMessage(
                "5521977770000", "Bia", "oi", Instant.now().getEpochSecond()))
        .statusCode(200);
    String gatewaySession =
        api.get("/sessions?channelId=" + gateway.channelId()).extract().path("data[0]._id");
    api.asAccount()
        .body(java.util.Map.of("sessionId", gatewaySession, "mediaId", id))
        .post("/api/message/send")
        .then()
        .statusCode(200);
    String link =
        provider
            .findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                    urlEqualTo("/5521977776666/send")))
            .get(0)
            .getBodyAsString()
            .replaceAll(".*\"mediaUri\":\"([^\"]+)\".*", "$1");
    java.net.URI uri = java.net.URI.create(link);
    assertThat(uri.getPath()).startsWith("/media/" + id + "/").endsWith(".jpg");
    String path = uri.getRawPath() + "?" + uri.getRawQuery();
    Response fetched = io.restassured.RestAssured.given().urlEncodingEnabled(false).get(path);
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.asByteArray()).isEqualTo(photo);
    String forged = path.replaceAll("&s=[^&]+", "&s=AAAA");
    assertThat(
            io.restassured.RestAssured.given().urlEncodingEnabled(false).get(forged).statusCode())
        .isEqualTo(404);
    String otherFile = path.replace("/media/" + id + "/", "/media/" + "0".repeat(24) + "/");
    assertThat(
            io.restassured.RestAssured.given()
                .urlEncodingEnabled(false)
                .get(otherFile)
                .statusCode())
        .isEqualTo(404);
  }
}
