package dev.omnichannel.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Providers repeat deliveries, also at the same moment: each message is stored once. */
@QuarkusTest
class ConcurrentDeliveryTest {

  private static final int AT_ONCE = 16;

  @Test
  void sixteenIdenticalWhatsAppWebDeliveriesAtOnceStoreOneMessage() throws Exception {
    Api api = Api.newAccount();
    WebhookChannel channel = api.whatsAppWebChannel();

    List<Integer> statuses = deliverAtOnce(channel, Payloads.seedWhatsAppWebMessage());

    assertThat(statuses).containsOnly(200);
    assertStoredOnce(api);
  }

  @Test
  void sixteenIdenticalD360DeliveriesAtOnceStoreOneMessage() throws Exception {
    Api api = Api.newAccount();
    WebhookChannel channel = api.d360Channel();

    List<Integer> statuses = deliverAtOnce(channel, Payloads.seedD360Message());

    assertThat(statuses).containsOnly(200);
    assertStoredOnce(api);
  }

  private static void assertStoredOnce(Api api) {
    api.get("/contacts").body("total", equalTo(1));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("total", equalTo(1));
  }

  /** Releases all requests together from a gate, so they race for real. */
  private static List<Integer> deliverAtOnce(WebhookChannel channel, String payload)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + channel.webhookPath()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build();
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        answers.add(
            pool.submit(
                () -> {
                  gate.await();
                  return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
      }
      gate.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(30, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
