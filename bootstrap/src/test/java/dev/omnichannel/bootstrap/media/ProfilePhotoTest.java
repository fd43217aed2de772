package dev.omnichannel.bootstrap.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Profile photos (seed §4.1, §7): fetched from the gateway when a WhatsApp Web contact arrives,
 * kept and served as {@code /api/media/{id}}, at most once a day, never over a photo an agent set;
 * refused before any call on 360dialog.
 */
@QuarkusTest
class ProfilePhotoTest {

  private static final String PICTURE = "/5521977776666/profile-picture/5521988887777";

  private final WireMockServer provider = ProviderStub.server();
  private final byte[] photo = "jpeg bytes of a face".getBytes();
  private Api api;

  @BeforeEach
  void stubs() {
    ProviderStub.answering("gw-1", "wamid.out-1");
    provider.stubFor(
        get(urlEqualTo(PICTURE))
            .willReturn(okJson("{\"url\":\"" + ProviderStub.baseUrl() + "/pics/face.jpg\"}")));
    provider.stubFor(
        get(urlEqualTo("/pics/face.jpg"))
            .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(photo)));
    api = Api.newAccount();
  }

  @Test
  void aNewGatewayContactGetsItsPhotoKeptAndRefreshingTheSameDayFetchesNothingMore() {
    WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521988887777", "Ana", "oi", 1_700_000_001L));

    String photoUrl = awaitPhoto();
    assertThat(photoUrl).startsWith("/api/media/");
    assertThat(api.asAccount().get(photoUrl).then().statusCode(200).extract().asByteArray())
        .isEqualTo(photo);

    String contact = api.get("/contacts").extract().path("data[0]._id");
    api.post("/contacts/" + contact + "/photo/refresh", Map.of())
        .statusCode(202)
        .body("status", Matchers.equalTo("pending"));
    Api.deliver(
        channel, Payloads.whatsAppWebMessage("5521988887777", "Ana", "de novo", 1_700_000_002L));

    provider.verify(1, getRequestedFor(urlEqualTo(PICTURE)));
  }

  @Test
  void aPhotoAnAgentSetIsNeverReplaced() {
    WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    String contact = api.contact(channel.channelId(), "5521988887777", "Ana");
    api.patch("/contacts/" + contact, Map.of("photo", "https://cdn.example.com/ana.jpg"))
        .statusCode(200);

    api.post("/contacts/" + contact + "/photo/refresh", Map.of()).statusCode(202);

    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> provider.verify(1, getRequestedFor(urlEqualTo("/pics/face.jpg"))));
    // the fetch is kept, and the contact keeps the agent's photo
    Awaitility.await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> api.get("/contacts/" + contact).extract().<String>path("photo"),
            Matchers.equalTo("https://cdn.example.com/ana.jpg"));
  }

  @Test
  void a360dialogContactsPhotoIsRefusedBeforeAnyCall() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    String contact = api.contact(channel.channelId(), "5521988887777", "Ana");
    provider.resetRequests();

    api.post("/contacts/" + contact + "/photo/refresh", Map.of())
        .statusCode(422)
        .body("code", Matchers.equalTo("UNSUPPORTED_CAPABILITY"));

    assertThat(ProviderStub.callsBesidesPhotos()).isEmpty();
  }

  private String awaitPhoto() {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> api.get("/contacts").extract().<String>path("data[0].photo"), p -> p != null);
  }
}
