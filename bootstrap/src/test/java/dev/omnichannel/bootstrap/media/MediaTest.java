package dev.omnichannel.bootstrap.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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

  private static final String LINK =
      "/whatsapp_business/attachments/?mid=1479537139650973&ext=1700000000&hash=ATt";

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
    lookupAnswers("1479537139650973");
    provider.stubFor(
        get(urlEqualTo(LINK))
            .withHeader("D360-API-KEY", equalTo("d360-key"))
            .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(photo)));

    Api.deliver(channel, image("1479537139650973", base64(sha(photo)))).statusCode(200);

    String id = awaitStored();
    Response whole = media(api, id, null, null);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.asByteArray()).isEqualTo(photo);
    assertThat(whole.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(whole.header("Content-Length")).isEqualTo(String.valueOf(photo.length));
    String etag = "\"" + HexFormat.of().formatHex(sha(photo)) + "\"";
    assertThat(whole.header("ETag")).isEqualTo(etag);
    assertThat(whole.header("Content-Disposition")).startsWith("inline; filename=");
    assertThat(media(api, id, null, etag).statusCode()).isEqualTo(304);
    Response part = media(api, id, "bytes=300000-300009", null);
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.header("Content-Range")).isEqualTo("bytes 300000-300009/" + photo.length);
    assertThat(part.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(photo, 300000, 300010));
    Response tail = media(api, id, "bytes=-5", null);
    assertThat(tail.asByteArray())
        .isEqualTo(java.util.Arrays.copyOfRange(photo, photo.length - 5, photo.length));
    assertThat(media(api, id, "bytes=99999999-", null).statusCode()).isEqualTo(416);
    assertThat(media(Api.newAccount(), id, null, null).statusCode()).isEqualTo(404);
    provider.verify(
        1,
        getRequestedFor(urlEqualTo("/1479537139650973"))
            .withHeader("D360-API-KEY", equalTo("d360-key")));
    Receiver.assertSignedWith(Receiver.awaitEvent(hook, "message.media"), crm.secret());
  }

  @Test
  void aLinkThatExpiredIsFetchedAgainThroughAFreshLookup() throws Exception {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    lookupAnswers("555");
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

    Api.deliver(channel, image("555", null)).statusCode(200);

    String id = awaitStored();
    assertThat(media(api, id, null, null).asByteArray()).isEqualTo(photo);
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

    String id = awaitStored();
    Response kept = media(api, id, null, null);
    assertThat(kept.asByteArray()).isEqualTo(photo);
    assertThat(kept.header("Content-Type")).isEqualTo("audio/ogg");
    assertThat(kept.header("Content-Disposition")).contains("filename=\"nota.ogg\"");
  }

  @Test
  void aKeptFileIsForwardedThroughTheGatewayBySignedLinkAndTo360dialogByUpload() {
    // kept from a 360dialog delivery, forwarded first on that channel
    WebhookChannel cloud = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    lookupAnswers("777");
    provider.stubFor(get(urlEqualTo(LINK)).willReturn(aResponse().withBody(photo)));
    provider.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/media"))
            .willReturn(okJson("{\"id\":\"uploaded-1\"}")));
    Api.deliver(cloud, image("777", null)).statusCode(200);
    String id = awaitStored();
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

  @jakarta.inject.Inject com.mongodb.client.MongoClient mongo;

  @Test
  void aFetchLeftHalfDoneByAReplicaThatDiedIsCompletedOnceItsLeaseRunsOut() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    // the provider is not reachable at first: the fetch is left pending, to be tried later
    Api.deliver(channel, image("999", null)).statusCode(200);
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
    lookupAnswers("999");
    provider.stubFor(get(urlEqualTo(LINK)).willReturn(aResponse().withBody(photo)));

    assertThat(awaitStored()).isEqualTo(id);
    assertThat(media(api, id, null, null).asByteArray()).isEqualTo(photo);
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

  private void lookupAnswers(String mediaId) {
    provider.stubFor(
        get(urlEqualTo("/" + mediaId))
            .withHeader("D360-API-KEY", equalTo("d360-key"))
            .willReturn(
                okJson(
                    """
                    {"url":"https://lookaside.fbsbx.com%s","mime_type":"image/jpeg",
                     "file_size":"%d","id":"%s","messaging_product":"whatsapp"}
                    """
                        .formatted(LINK, photo.length, mediaId))));
  }

  /** The message's media id once it is stored. */
  private String awaitStored() {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.asAccount()
                    .get("/api/session/" + api.onlySession() + "/messages")
                    .then()
                    .extract()
                    .jsonPath(),
            shown -> "stored".equals(shown.getString("data[0].media.status")))
        .getString("data[0].media._id");
  }

  private static Response media(Api who, String id, String range, String ifNoneMatch) {
    var request = who.asAccount();
    if (range != null) {
      request = request.header("Range", range);
    }
    if (ifNoneMatch != null) {
      request = request.header("If-None-Match", ifNoneMatch);
    }
    return request.get("/api/media/" + id);
  }

  private static String image(String mediaId, String sha256) {
    return """
        {"contacts":[{"profile":{"name":"Ana"},"wa_id":"5521988887777"}],
         "messages":[{"id":"wamid.img-%s","from":"5521988887777","timestamp":"%d","type":"image",
                      "image":{"id":"%s","mime_type":"image/jpeg"%s,"caption":"foto"}}]}
        """
        .formatted(
            mediaId,
            Instant.now().getEpochSecond(),
            mediaId,
            sha256 == null ? "" : ",\"sha256\":\"" + sha256 + "\"");
  }

  private static byte[] sha(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
