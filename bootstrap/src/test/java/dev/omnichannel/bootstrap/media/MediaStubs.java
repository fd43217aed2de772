package dev.omnichannel.bootstrap.media;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;

/** The provider side and the reads the media tests share. */
final class MediaStubs {

  /** Where 360dialog's media lookup points (a Meta link, fetched through the 360dialog host). */
  static final String LINK =
      "/whatsapp_business/attachments/?mid=1479537139650973&ext=1700000000&hash=ATt";

  private MediaStubs() {}

  /** 360dialog answers the media id with a Meta link to {@link #LINK}. */
  static void lookupAnswers(WireMockServer provider, String mediaId, int size) {
    provider.stubFor(
        get(urlEqualTo("/" + mediaId))
            .withHeader("D360-API-KEY", equalTo("d360-key"))
            .willReturn(
                okJson(
                    """
                    {"url":"https://lookaside.fbsbx.com%s","mime_type":"image/jpeg",
                     "file_size":"%d","id":"%s","messaging_product":"whatsapp"}
                    """
                        .formatted(LINK, size, mediaId))));
  }

  /** The message's media id once it is stored. */
  static String awaitStored(Api api) {
    return awaitMedia(api, "stored");
  }

  /** The id of the session's first message's file once it reaches {@code status}. */
  static String awaitMedia(Api api, String status) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.asAccount()
                    .get("/api/session/" + api.onlySession() + "/messages")
                    .then()
                    .extract()
                    .jsonPath(),
            shown -> status.equals(shown.getString("data[0].media.status")))
        .getString("data[0].media._id");
  }

  static Response media(Api who, String id, String range, String ifNoneMatch) {
    var request = who.asAccount();
    if (range != null) {
      request = request.header("Range", range);
    }
    if (ifNoneMatch != null) {
      request = request.header("If-None-Match", ifNoneMatch);
    }
    return request.get("/api/media/" + id);
  }

  /** A 360dialog image message whose file is {@code mediaId}. */
  static String image(String mediaId, String sha256) {
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
}
