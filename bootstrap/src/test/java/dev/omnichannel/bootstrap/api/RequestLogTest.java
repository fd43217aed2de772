package dev.omnichannel.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Following one request through the logs (issue #13): an id on every answer, taken from the caller
 * when sane, in one access-log line per request and in the lines its work logs; never a key or a
 * webhook token.
 */
@QuarkusTest
class RequestLogTest {

  private final List<String> access = new CopyOnWriteArrayList<>();
  private final List<ExtLogRecord> work = new CopyOnWriteArrayList<>();
  private final Handler accessHandler = handler(r -> access.add(r.getMessage()));
  private final Handler workHandler =
      handler(
          r -> {
            if (r instanceof ExtLogRecord ext) {
              ext.copyMdc();
              work.add(ext);
            }
          });

  @BeforeEach
  void listen() {
    Logger.getLogger("omnichannel.access").addHandler(accessHandler);
    Logger.getLogger("dev.omnichannel.application.inbound").addHandler(workHandler);
  }

  @AfterEach
  void stop() {
    Logger.getLogger("omnichannel.access").removeHandler(accessHandler);
    Logger.getLogger("dev.omnichannel.application.inbound").removeHandler(workHandler);
  }

  @Test
  void everyAnswerCarriesARequestIdAndOneAccessLineWithTheTemplatedPathAndTheAccount() {
    Api api = Api.newAccount();
    String session = "6b0000000000000000000001";

    String generated =
        api.asAccount()
            .get("/api/session/" + session)
            .then()
            .statusCode(404)
            .extract()
            .header("X-Request-Id");
    String given =
        api.asAccount()
            .header("X-Request-Id", "trace-42")
            .get("/api/session/" + session)
            .then()
            .extract()
            .header("X-Request-Id");
    String forged =
        api.asAccount()
            .header("X-Request-Id", "not sane\u0007" + "x".repeat(300))
            .get("/api/me")
            .then()
            .extract()
            .header("X-Request-Id");

    assertThat(generated).matches("[0-9a-f-]{36}");
    assertThat(given).isEqualTo("trace-42");
    assertThat(forged).matches("[0-9a-f-]{36}");
    String line =
        Awaitility.await()
            .until(
                () -> access.stream().filter(l -> l.contains("requestId=trace-42")).findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(line)
        .startsWith("GET /api/session/{sessionId} 404 ")
        .contains("account=" + api.account());
    assertThat(access).noneMatch(l -> l.contains(api.key()));
  }

  @Test
  void aWebhooksLinesCarryItsIdAndNeverItsToken() {
    Api api = Api.newAccount();
    Api.WebhookChannel channel = api.whatsAppWebChannel();

    String id =
        Api.json()
            .header("X-Request-Id", "hook-7")
            .body(
                "{\"type\":\"MESSAGE\",\"from\":\"broadcast\",\"body\":{\"type\":\"text\",\"content\":\"x\"},\"timestamp\":1}")
            .post(channel.webhookPath())
            .then()
            .statusCode(200)
            .extract()
            .header("X-Request-Id");

    assertThat(id).isEqualTo("hook-7");
    Awaitility.await().until(() -> access.stream().anyMatch(l -> l.contains("requestId=hook-7")));
    assertThat(
            access.stream().filter(l -> l.contains("requestId=hook-7")).findFirst().orElseThrow())
        .startsWith("POST /api/webhook/")
        .doesNotContain(channel.token());
    // the item it skipped was logged by the use case, on a worker thread, with the request's id
    assertThat(work)
        .anyMatch(
            r -> "hook-7".equals(r.getMdc("requestId")) && r.getMessage().contains("Skipped"));
  }

  private static Handler handler(java.util.function.Consumer<LogRecord> sink) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        sink.accept(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
