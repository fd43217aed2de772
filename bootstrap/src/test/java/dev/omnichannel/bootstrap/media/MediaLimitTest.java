package dev.omnichannel.bootstrap.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@code OMNICHANNEL_MEDIA_MAX_BYTES} is enforced while streaming: a file far larger than the limit
 * (and than the heap) is abandoned soon after the limit, not read whole, and nothing is kept.
 */
@QuarkusTest
@TestProfile(MediaLimitTest.OneMegabyte.class)
class MediaLimitTest {

  private static final long LIMIT = 1024 * 1024;
  private static final long HUGE = 4L * 1024 * 1024 * 1024; // 4 GiB, never held anywhere

  public static class OneMegabyte implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("omnichannel.media.max-bytes", String.valueOf(LIMIT));
    }
  }

  @Test
  void aFileLargerThanTheLimitIsStoppedWhileStreaming() throws IOException {
    AtomicLong written = new AtomicLong();
    HttpServer huge = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    huge.createContext(
        "/huge.mp4",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "video/mp4");
          exchange.sendResponseHeaders(200, HUGE);
          byte[] chunk = new byte[64 * 1024];
          try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < HUGE; sent += chunk.length) {
              out.write(chunk);
              written.addAndGet(chunk.length);
            }
          } catch (IOException closedByTheReader) {
            // the service stopped reading: what we wanted
          }
        });
    huge.start();
    try {
      Api api = Api.newAccount();
      ProviderStub.answering("gw-1", "wamid.out-1");
      WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
      String video =
          """
          {"type":"MESSAGE","id":"ww-video-1","from":"5521988887777@c.us","fromUserName":"Ana",
           "body":{"type":"video","mediaUrl":"http://127.0.0.1:%d/huge.mp4"},"timestamp":%d}
          """
              .formatted(huge.getAddress().getPort(), Instant.now().getEpochSecond());

      Api.deliver(channel, video).statusCode(200);

      String id = MediaStubs.awaitMedia(api, "failed");
      // nothing of it was kept: there are no bytes to give
      MediaStubs.media(api, id, null, null)
          .then()
          .statusCode(409)
          .body("code", org.hamcrest.Matchers.equalTo("MEDIA_FAILED"));
      // what the provider could push before the service hung up: the limit plus socket buffers
      assertThat(written.get()).isLessThan(64L * 1024 * 1024);
    } finally {
      huge.stop(0);
    }
  }
}
