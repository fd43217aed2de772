package dev.omnichannel.bootstrap.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A gateway that takes connections and never answers: its sends fill their bulkhead, the ones
 * beyond it are refused at once (503 PROVIDER_BUSY with Retry-After), and webhooks and reads go on
 * as if nothing happened.
 */
@QuarkusTest
class HangingProviderTest {

  private static final int SENDS = 40;

  private final ExecutorService senders = Executors.newFixedThreadPool(SENDS);
  private ServerSocket hanging;

  @AfterEach
  void release() throws IOException {
    hanging.close(); // the waiting sends end with a reset connection
    senders.shutdown();
  }

  @Test
  void aHangingGatewayCostsNothingButItsOwnSends() throws Exception {
    hanging = new ServerSocket(0, SENDS * 2, InetAddress.getLoopbackAddress());
    Api api = Api.newAccount();
    String config = api.whatsAppWebConfig("http://127.0.0.1:" + hanging.getLocalPort());
    Api.WebhookChannel channel = api.webhookChannel(config); // its webhook setting times out
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();

    ConcurrentLinkedQueue<Response> answered = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < SENDS; i++) {
      senders.submit(
          () ->
              answered.add(
                  api.asAccount()
                      .body(Map.of("sessionId", session, "text", "Olá"))
                      .post("/api/message/send")));
    }
    int beyondTheBulkhead = SENDS - 16;
    await().atMost(Duration.ofSeconds(10)).until(() -> answered.size() >= beyondTheBulkhead);
    List<Response> refused = new ArrayList<>(answered);
    assertThat(refused)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(503);
              assertThat(r.contentType()).startsWith(Api.PROBLEM_JSON);
              assertThat(r.jsonPath().getString("code")).isEqualTo("PROVIDER_BUSY");
              assertThat(r.header("Retry-After")).isEqualTo("5");
            });

    // While the bulkhead is full: new webhooks and reads keep their pace.
    List<Long> took = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long start = System.nanoTime();
      Api.deliver(
              channel,
              Payloads.whatsAppWebMessage("55219555544" + (10 + i), "Ana", "Oi", 1659518400 + i))
          .statusCode(200);
      api.get("/sessions?status=active&limit=20").statusCode(200);
      took.add(System.nanoTime() - start);
    }
    Collections.sort(took);
    long p99 = took.get((int) Math.ceil(took.size() * 0.99) - 1);
    assertThat(Duration.ofNanos(p99)).isLessThan(Duration.ofSeconds(1));
    assertThat(answered).hasSizeLessThan(SENDS); // the bulkhead was still full throughout
  }
}
