package dev.omnichannel.bootstrap.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * One WireMock server standing in for every provider (gateways and 360dialog) of the test JVM.
 * Platform configs point their {@code baseUrl} at it; tests reset it and assert the exact requests.
 */
public final class ProviderStub {

  private static WireMockServer server;

  private ProviderStub() {}

  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  public static String baseUrl() {
    return server().baseUrl();
  }

  /**
   * Resets the stub to both providers answering at once: the gateway of {@code 5521977776666} sends
   * as {@code gatewayId}, 360dialog as {@code wamid}; both accept their webhook setting.
   */
  public static WireMockServer answering(String gatewayId, String wamid) {
    WireMockServer stub = server();
    stub.resetAll();
    stub.stubFor(
        WireMock.get(WireMock.urlPathEqualTo("/5521977776666/setWebhook"))
            .willReturn(WireMock.okJson("{}")));
    stub.stubFor(
        WireMock.post(WireMock.urlEqualTo("/5521977776666/send"))
            .willReturn(WireMock.okJson("{\"id\":\"" + gatewayId + "\"}")));
    stub.stubFor(
        WireMock.post(WireMock.urlEqualTo("/v1/configs/webhook"))
            .willReturn(WireMock.okJson("{}")));
    stub.stubFor(
        WireMock.post(WireMock.urlEqualTo("/messages"))
            .willReturn(WireMock.okJson("{\"messages\":[{\"id\":\"" + wamid + "\"}]}")));
    return stub;
  }

  /**
   * What the providers were asked, but for contacts' profile photos, which are fetched in the
   * background whenever a WhatsApp Web contact arrives (a test's or an earlier one's).
   */
  public static java.util.List<com.github.tomakehurst.wiremock.stubbing.ServeEvent>
      callsBesidesPhotos() {
    return server().getAllServeEvents().stream()
        .filter(e -> !e.getRequest().getUrl().matches("/\\d+/profile-picture/.*|/pics/.*"))
        .toList();
  }

  /** A loopback address where nothing listens: a provider that is down. */
  public static String unreachableUrl() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
