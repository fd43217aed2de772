package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background workers start once, when a server listens, and never once the stop began. */
class BackgroundStartTest {

  private final AtomicInteger events = new AtomicInteger();
  private final AtomicInteger media = new AtomicInteger();
  private final BackgroundStart start =
      new BackgroundStart(
          List.of(events::incrementAndGet, media::incrementAndGet), Duration.ofMillis(1));

  @Test
  void theFirstServerToListenStartsEveryWorkerOnce() {
    start.listening((HttpServerStart) null);
    start.listening((HttpsServerStart) null);
    start.begin("the fallback, later");

    assertThat(events).hasValue(1);
    assertThat(media).hasValue(1);
  }

  @Test
  void nothingStartsOnceTheStopHasBegun() {
    start.stopping(null);

    start.listening((HttpServerStart) null);
    start.begin("the fallback");

    assertThat(events).hasValue(0);
    assertThat(media).hasValue(0);
  }

  @Test
  void withNoServerSayingItListensTheFallbackStartsEveryWorkerOnce() throws Exception {
    start.fallback(null);
    start.fallbackThread().join(5_000);

    assertThat(start.fallbackThread().isAlive()).isFalse();
    assertThat(events).hasValue(1);
    assertThat(media).hasValue(1);

    start.listening((HttpServerStart) null);
    assertThat(events).hasValue(1);
  }
}
