package dev.omnichannel.bootstrap.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Socket> held = new ConcurrentLinkedQueue<>();
  private ServerSocket gateway;

  @AfterEach
  void release() throws IOException {
    gateway.close();
    for (Socket s : held) {
      s.close(); // the waiting calls end with a reset connection
    }
    threads.shutdownNow();
  }

  @Test
  void aPhotoLookupInFlightLeavesTheSendsTheirWholeBulkhead() throws Exception {
    gateway = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    threads.submit(this::acceptAndNeverAnswer);
    Api api = Api.newAccount();
    String config = api.whatsAppWebConfig("http://127.0.0.1:" + gateway.getLocalPort());
    Api.WebhookChannel channel = api.webhookChannel(config);
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();
    // the new contact's photo is looked up by a media worker, and the gateway keeps it waiting
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> requests.stream().anyMatch(r -> r.contains("/profile-picture/")));

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
    return requests.stream().filter(r -> r.startsWith("POST ") && r.endsWith("/send")).count();
  }

  /** Reads each request's first line and answers nothing. */
  private void acceptAndNeverAnswer() {
    while (!gateway.isClosed()) {
      try {
        Socket s = gateway.accept();
        held.add(s);
        threads.submit(() -> readRequestLines(s));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void readRequestLines(Socket s) {
    try {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line != null) {
        requests.add(line.substring(0, line.lastIndexOf(' ')));
      }
    } catch (IOException closed) {
      // the test is over
    }
  }
}
