package dev.omnichannel.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A message that arrives while its session is being finished ends up in an active session — the one
 * that was open or the next one — never in the finished one with no active session left (issue #10:
 * 6 of 240 did before).
 */
@QuarkusTest
class FinishRaceTest {

  private static final int ROUNDS = 40;
  private static final String FROM = "5521988887777";

  @Test
  void aMessageRacingAFinishLandsInAnActiveSession() throws Exception {
    Api api = Api.newAccount();
    WebhookChannel channel = api.d360Channel();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Api.deliver(channel, Payloads.d360Message("wamid.open-" + round, FROM, "Ana", "oi"))
            .statusCode(200);
        String open = activeSessions(api).get(0);
        String racing = "wamid.race-" + round;
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> finish =
            CompletableFuture.supplyAsync(
                () -> {
                  meet(together);
                  return api.asAccount().delete("/api/session/finish/" + open).statusCode();
                },
                pool);
        CompletableFuture<Integer> delivery =
            CompletableFuture.supplyAsync(
                () -> {
                  meet(together);
                  return Api.deliver(channel, Payloads.d360Message(racing, FROM, "Ana", "e aí"))
                      .extract()
                      .statusCode();
                },
                pool);
        assertThat(finish.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(delivery.get(30, TimeUnit.SECONDS)).isEqualTo(200);

        String where;
        if (messageIds(api, open).contains(racing)) {
          where = open; // stored before the finish: legitimate if its event precedes the finish
        } else {
          List<String> active = activeSessions(api);
          assertThat(active).as("round %d: the next session is open", round).hasSize(1);
          where = active.get(0);
          assertThat(messageIds(api, where)).as("round %d", round).contains(racing);
        }
        List<String> order = awaitReceivedIn(api, where, racing);
        int finished = order.indexOf("session.finished");
        assertThat(finished == -1 || order.indexOf("message.received:" + racing) < finished)
            .as("round %d: %s was received after its session finished: %s", round, racing, order)
            .isTrue();
        if (!where.equals(open)) {
          api.asAccount().delete("/api/session/finish/" + where).then().statusCode(200);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> messageIds(Api api, String sessionId) {
    return api.asAccount()
        .get("/api/session/" + sessionId + "/messages?limit=100")
        .then()
        .statusCode(200)
        .extract()
        .path("data.messageId");
  }

  /**
   * The session's events in feed order ({@code type} or {@code type:messageId}), once the racing
   * message's event is among them.
   */
  private static List<String> awaitReceivedIn(Api api, String sessionId, String messageId) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              var feed =
                  api.get("/events?limit=500&sessionId=" + sessionId).statusCode(200).extract();
              List<String> types = feed.path("data.type");
              List<String> ids = feed.path("data.data.messageId");
              List<String> order = new java.util.ArrayList<>();
              for (int i = 0; i < types.size(); i++) {
                order.add(ids.get(i) == null ? types.get(i) : types.get(i) + ":" + ids.get(i));
              }
              return order;
            },
            order -> order.contains("message.received:" + messageId));
  }

  private static List<String> activeSessions(Api api) {
    return api.get("/sessions?status=active&limit=100").statusCode(200).extract().path("data._id");
  }

  private static void meet(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
