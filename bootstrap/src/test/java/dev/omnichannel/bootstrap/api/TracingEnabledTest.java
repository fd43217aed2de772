package dev.omnichannel.bootstrap.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * With tracing turned on by configuration alone, each API request becomes a span exported over OTLP
 * (here to a stub collector), named by its route template (issue #13).
 */
@QuarkusTest
@TestProfile(TracingEnabledTest.TracingOn.class)
class TracingEnabledTest {

  /** The collector's port, shared through a system property: the profile has its own loader. */
  private static final String PORT = "omnichannel.test.collector-port";

  /** What an operator sets: the SDK on, an OTLP endpoint; exports flushed quickly for the test. */
  public static class TracingOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.otel.sdk.disabled", "false",
          "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
          "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + collectorPort(),
          "quarkus.otel.bsp.schedule.delay", "PT0.1S");
    }
  }

  static synchronized int collectorPort() {
    if (System.getProperty(PORT) == null) {
      try (ServerSocket socket = new ServerSocket(0)) {
        System.setProperty(PORT, String.valueOf(socket.getLocalPort()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Integer.getInteger(PORT);
  }

  @Test
  void aRequestIsExportedAsASpanNamedByItsRoute() {
    WireMockServer collector =
        new WireMockServer(options().port(collectorPort()).bindAddress("127.0.0.1"));
    collector.start();
    try {
      collector.stubFor(post(urlEqualTo("/v1/traces")).willReturn(aResponse().withStatus(200)));
      Api.newAccount().authed().get("/api/me").then().statusCode(200);

      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(collector.findAll(postRequestedFor(urlEqualTo("/v1/traces"))))
                      .anySatisfy(
                          export ->
                              assertThat(new String(export.getBody(), StandardCharsets.ISO_8859_1))
                                  .contains("GET /api/me")));
    } finally {
      collector.stop();
    }
  }
}
