package dev.omnichannel.bootstrap.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.ProviderStub;
import dev.omnichannel.bootstrap.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer's file through either provider, kept and served (API.md §11): the provider's requests
 * asserted at the stub, the bytes served equal to the provider's, ranges, ETag, another account's
 * key, and {@code message.media} at the platform, signed.
 */
@QuarkusTest
class MediaTest {

  private static final String LINK = MediaStubs.LINK;

  private final WireMockServer provider = ProviderStub.server();
  private final byte[] photo = new byte[600 * 1024]; // larger than a GridFS chunk
  private Api api;

  @BeforeEach
  void stubs() {
    ProviderStub.answering("gw-1", "wamid.out-1");
    new Random(7).nextBytes(photo);
    api = Api.newAccount();
  }

  @Test
  void a360dialogImageIsFetchedWithTheKeyKeptAndServedWithRangesAndEtag() throws Exception {
    String hook = "crm-" + UUID.randomUUID();
    Api.RegisteredPlatform crm = api.platform("crm", Receiver.hook(hook), "sessions");
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    MediaStubs.lookupAnswers(provider, "1479537139650973", photo.length);
    provider.stubFor(
        get(urlEqualTo(LINK))
            .withHeader("D360-API-KEY", equalTo("d360-key"))
            .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(photo)));

    Api.deliver(channel, MediaStubs.image("1479537139650973", base64(sha(photo)))).statusCode(200);

    String id = MediaStubs.awaitStored(api);
    Response whole = MediaStubs.media(api, id, null, null);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.asByteArray()).isEqualTo(photo);
    assertThat(whole.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(whole.header("Content-Length")).isEqualTo(String.valueOf(photo.length));
    String etag = "\"" + HexFormat.of().formatHex(sha(photo)) + "\"";
    assertThat(whole.header("ETag")).isEqualTo(etag);
    assertThat(whole.header("Content-Disposition")).startsWith("inline; filename=");
    assertThat(MediaStubs.media(api, id, null, etag).statusCode()).isEqualTo(304);
    Response part = MediaStubs.media(api, id, "bytes=300000-300009", null);
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.header("Content-Range")).isEqualTo("bytes 300000-300009/" + photo.length);
    assertThat(part.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(photo, 300000, 300010));
    Response tail = MediaStubs.media(api, id, "bytes=-5", null);
    assertThat(tail.asByteArray())
        .isEqualTo(java.util.Arrays.copyOfRange(photo, photo.length - 5, photo.length));
    assertThat(MediaStubs.media(api, id, "bytes=99999999-", null).statusCode()).isEqualTo(416);
    assertThat(MediaStubs.media(Api.newAccount(), id, null, null).statusCode()).isEqualTo(404);
    provider.verify(
        1,
        getRequestedFor(urlEqualTo("/1479537139650973"))
            .withHeader("D360-API-KEY", equalTo("d360-key")));
    Receiver.assertSignedWith(Receiver.awaitEvent(hook, "message.media"), crm.secret());
  }

  @Test
  void aLinkThatExpiredIsFetchedAgainThroughAFreshLookup() throws Exception {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    MediaStubs.lookupAnswers(provider, "555", photo.length);
    provider.stubFor(
        get(urlEqualTo(LINK))
            .inScenario("expiry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(403))
            .willSetStateTo("fresh"));
    provider.stubFor(
        get(urlEqualTo(LINK))
            .inScenario("expiry")
            .whenScenarioStateIs("fresh")
            .willReturn(aResponse().withBody(photo)));

    Api.deliver(channel, MediaStubs.image("555", null)).statusCode(200);

    String id = MediaStubs.awaitStored(api);
    assertThat(MediaStubs.media(api, id, null, null).asByteArray()).isEqualTo(photo);
    provider.verify(2, getRequestedFor(urlEqualTo("/555")));
  }

  @Test
  void aGatewayFileIsFetchedFromItsMediaUrl() {
    WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    provider.stubFor(
        get(urlEqualTo("/files/voice.ogg"))
            .willReturn(aResponse().withHeader("Content-Type", "audio/ogg").withBody(photo)));
    String voice =
        """
        {"type":"MESSAGE","id":"ww-voice-1","from":"5521988887777@c.us","fromUserName":"Ana",
         "body":{"type":"audio","mediaUrl":"%s/files/voice.ogg","mimeType":"audio/ogg",
                 "fileName":"nota.ogg"},"timestamp":%d}
        """
            .formatted(ProviderStub.baseUrl(), Instant.now().getEpochSecond());

    Api.deliver(channel, voice).statusCode(200);

    String id = MediaStubs.awaitStored(api);
    Response kept = MediaStubs.media(api, id, null, null);
    assertThat(kept.asByteArray()).isEqualTo(photo);
    assertThat(kept.header("Content-Type")).isEqualTo("audio/ogg");
    assertThat(kept.header("Content-Disposition")).contains("filename=\"nota.ogg\"");
  }

  @jakarta.inject.Inject com.mongodb.client.MongoClient mongo;

  @Test
  void aFetchLeftHalfDoneByAReplicaThatDiedIsCompletedOnceItsLeaseRunsOut() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    // the provider is not reachable at first: the fetch is left pending, to be tried later
    Api.deliver(channel, MediaStubs.image("999", null)).statusCode(200);
    String id =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    api.asAccount()
                        .get("/api/session/" + api.onlySession() + "/messages")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("data[0].media._id"),
                v -> v != null && attemptsOf(v) >= 1);
    // as a replica killed mid-fetch leaves it: claimed by a lease nobody will finish, run out
    mongo
        .getDatabase("omnichannel")
        .getCollection("media")
        .updateOne(
            new org.bson.Document("_id", new org.bson.types.ObjectId(id)),
            new org.bson.Document(
                "$set",
                new org.bson.Document("leaseId", "a replica killed with kill -9")
                    .append("nextAttemptAt", java.util.Date.from(Instant.now().minusSeconds(1)))));
    MediaStubs.lookupAnswers(provider, "999", photo.length);
    provider.stubFor(get(urlEqualTo(LINK)).willReturn(aResponse().withBody(photo)));

    assertThat(MediaStubs.awaitStored(api)).isEqualTo(id);
    assertThat(MediaStubs.media(api, id, null, null).asByteArray()).isEqualTo(photo);
  }

  private int attemptsOf(String id) {
    org.bson.Document d =
        mongo
            .getDatabase("omnichannel")
            .getCollection("media")
            .find(new org.bson.Document("_id", new org.bson.types.ObjectId(id)))
            .first();
    return d == null ? 0 : d.getInteger("attempts", 0);
  }

  private static byte[] sha(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
