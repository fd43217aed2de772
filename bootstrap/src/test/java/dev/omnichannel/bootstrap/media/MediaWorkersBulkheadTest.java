package dev.omnichannel.bootstrap.media;

import static org.awaitility.Awaitility.await;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.SilentGateway;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The media workers' bulkhead of a provider connection holds as many calls as there are workers:
 * with six workers, six lookups (WhatsApp Web profile photos, 360dialog media) wait on a provider
 * that never answers, all at once. It was 4 whatever the workers' number: the fifth waited, the
 * sixth was refused and tried again later.
 */
@QuarkusTest
@TestProfile(MediaWorkersBulkheadTest.SixMediaWorkers.class)
class MediaWorkersBulkheadTest {

  static final int WORKERS = 6;

  /** Six media workers. */
  public static class SixMediaWorkers implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("omnichannel.media.workers", String.valueOf(WORKERS));
    }
  }

  private SilentGateway gateway;

  @AfterEach
  void release() throws IOException {
    gateway.close();
  }

  @Test
  void everyMediaWorkerGetsItsPhotoLookupThrough() throws Exception {
    gateway = new SilentGateway();
    Api api = Api.newAccount();
    Api.WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(gateway.baseUrl()));

    for (int i = 0; i < WORKERS; i++) { // six new contacts: six photos to look up
      Api.deliver(
              channel,
              Payloads.whatsAppWebMessage("55219444433" + (10 + i), "Ana", "Oi", 1659518400 + i))
          .statusCode(200);
    }

    // each lookup waits up to 4.5 s: all six are at the gateway before the first gives up
    await()
        .atMost(Duration.ofSeconds(4))
        .until(() -> gateway.requestsTo("/profile-picture/") == WORKERS);
  }

  @Test
  void everyMediaWorkerGetsIts360dialogMediaLookupThrough() throws Exception {
    gateway = new SilentGateway();
    Api api = Api.newAccount();
    Api.WebhookChannel channel = api.webhookChannel(api.d360Config(gateway.baseUrl(), "key"));

    for (int i = 0; i < WORKERS; i++) { // six images: six media to look up
      Api.deliver(channel, MediaStubs.image("bulkhead-" + i, null)).statusCode(200);
    }

    await().atMost(Duration.ofSeconds(4)).until(() -> gateway.requestsTo("/bulkhead-") == WORKERS);
  }
}
