package dev.omnichannel.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account's feed: paged by cursor, live as Server-Sent Events, one event per cause. */
@QuarkusTest
class EventFeedTest {

  private Api api;
  private Api.WebhookChannel channel;

  @BeforeEach
  void aChannel() {
    api = Api.newAccount();
    channel = api.whatsAppWebChannel();
  }

  private int sent;

  /** {@code count} new messages, m1, m2, … across calls. */
  private void messages(int count) {
    for (int i = 0; i < count; i++) {
      sent++;
      Api.deliver(
              channel,
              Payloads.whatsAppWebMessage("5521988887777", "João", "m" + sent, 1659518400L + sent))
          .statusCode(200);
    }
  }

  /** Waits until the feed holds {@code count} events of the type, and returns their ids. */
  private List<String> awaitFeed(String type, int count) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.get("/events?limit=500&types=" + type)
                    .statusCode(200)
                    .extract()
                    .<List<String>>path("data.id"),
            ids -> ids.size() >= count);
  }

  @Test
  void theFeedIsReadOldestFirstPageByPageWithTheCursor() {
    messages(5);
    List<String> all = awaitFeed("message.received", 5);
    assertThat(all).hasSize(5);

    var first = api.get("/events?limit=2&types=message.received").statusCode(200).extract();
    assertThat(first.<List<String>>path("data.id")).containsExactly(all.get(0), all.get(1));
    assertThat(first.<String>path("next")).isEqualTo(all.get(1));
    api.get("/events?limit=2&types=message.received&after=" + all.get(1))
        .body("data.id", contains(all.get(2), all.get(3)))
        .body("data.data.text", contains("m3", "m4"))
        .body("next", equalTo(all.get(3)));
    api.get("/events?limit=2&types=message.received&after=" + all.get(4))
        .body("data.size()", equalTo(0))
        .body("next", equalTo(all.get(4)));
    api.get("/events?after=" + all.get(0))
        .body("data.type", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
  }

  @Test
  void feedCursorsAndFiltersAreChecked() {
    api.get("/events?after=evt_00000000000000000000000000000000")
        .statusCode(404)
        .body("code", equalTo("EVENT_NOT_FOUND"));
    api.get("/events?limit=0&types=message.nope")
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("limit", "types[0]"));
    messages(1);
    String other = awaitFeed("message.received", 1).get(0);
    Api.newAccount().get("/events?after=" + other).statusCode(404);
  }

  @Test
  void sixteenIdenticalDeliveriesAtOnceMakeOneEvent() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + channel.webhookPath()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Payloads.seedWhatsAppWebMessage()))
            .build();
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(
            pool.submit(
                () -> {
                  gate.await();
                  return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
      }
      gate.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    messages(1);

    awaitFeed("message.received", 2);
    api.get("/events?types=message.received,session.opened,contact.created")
        .body(
            "data.type",
            contains("session.opened", "contact.created", "message.received", "message.received"))
        .body("data[2].data.text", equalTo("Olá, preciso de ajuda"))
        .body("data[3].data.text", equalTo("m1"))
        .body("data[3].sequence", equalTo(3));
  }

  @Test
  void theInboxShowsTheSessionWithTheLatestMessageFirst() {
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521911110001", "A", "a", 1659518400))
        .statusCode(200);
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521911110002", "B", "b", 1659518500))
        .statusCode(200);
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521911110001", "A", "a2", 1659518600))
        .statusCode(200);

    api.get("/sessions")
        .body("data.client.providerId", contains("5521911110001", "5521911110002"))
        .body("data[0].lastMessageAt", equalTo("2022-08-03T09:23:20.000Z"))
        .body("data[0].lastInboundAt", equalTo("2022-08-03T09:23:20.000Z"))
        .body("data[1].lastMessageAt", equalTo("2022-08-03T09:21:40.000Z"));
  }

  @Test
  void theStreamSendsNewEventsAndResumesAfterLastEventIdWithoutGaps() throws Exception {
    messages(2);
    List<String> before = awaitFeed("message.received", 2);

    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest stream =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + api.path("/events/stream")))
            .header("Authorization", "Bearer " + api.key())
            .header("Accept", "text/event-stream")
            .header("Last-Event-ID", before.get(0))
            .build();
    HttpResponse<java.io.InputStream> response =
        http.send(stream, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (Exception closed) {
                // the test is over
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      List<String> ids = new ArrayList<>();
      List<String> types = new ArrayList<>();
      messages(2);
      while (ids.size() < 3) {
        String line = lines.poll(10, TimeUnit.SECONDS);
        assertThat(line).as("an event within 10 s").isNotNull();
        if (line.startsWith("id:")) {
          ids.add(line.substring(3).trim());
        } else if (line.startsWith("event:")) {
          types.add(line.substring(6).trim());
        }
      }
      assertThat(ids.get(0)).isEqualTo(before.get(1));
      assertThat(types.get(0)).isEqualTo("message.received");
      List<String> now = awaitFeed("message.received", 4);
      assertThat(ids).containsExactly(now.get(1), now.get(2), now.get(3));
    } finally {
      response.body().close();
    }
  }
}
