package dev.omnichannel.bootstrap.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.SilentGateway;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A media worker's call to a gateway (a contact's profile photo) does not take a send's place in
 * the gateway's bulkhead: with a photo lookup hanging, all 16 sends the bulkhead allows reach the
 * gateway and none is refused. Before, the lookup held one of the 16 and a send got 503
 * PROVIDER_BUSY (seen under load in bench/run).
 */
@QuarkusTest
class BackgroundBulkheadTest {

  private static final int SENDS = 16;

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private SilentGateway gateway;

  @AfterEach
  void release() throws IOException {
    gateway.close(); // the waiting calls end with a reset connection
    threads.shutdownNow();
  }

  @Test
  void aPhotoLookupInFlightLeavesTheSendsTheirWholeBulkhead() throws Exception {
    gateway = new SilentGateway();
    Api api = Api.newAccount();
    String config = api.whatsAppWebConfig(gateway.baseUrl());
    Api.WebhookChannel channel = api.webhookChannel(config);
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();
    // the new contact's photo is looked up by a media worker, and the gateway keeps it waiting
    await().atMost(Duration.ofSeconds(20)).until(() -> gateway.requestsTo("/profile-picture/") > 0);

    ConcurrentLinkedQueue<Response> answered = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < SENDS; i++) {
      threads.submit(
          () ->
              answered.add(
                  api.asAccount()
                      .body(Map.of("sessionId", session, "text", "Olá"))
                      .post("/api/message/send")));
    }

    // the lookup waits up to 4.5 s: every send reaches the gateway while it still holds its place
    await().atMost(Duration.ofSeconds(4)).until(() -> sends() == SENDS);
    assertThat(answered).isEmpty();
  }

  private long sends() {
    return gateway.requests().stream()
        .filter(r -> r.startsWith("POST ") && r.endsWith("/send"))
        .count();
  }
}
