package dev.omnichannel.bootstrap.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A platform's receiving end: a WireMock server of its own that answers 204 at {@code /hooks/*},
 * and checks what it received the way a platform would (Standard Webhooks signatures, verified here
 * independently of the service's code).
 */
public final class Receiver {

  private static WireMockServer server;

  private Receiver() {}

  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** A fresh hook path answering 204, and its URL. */
  public static String hook(String name) {
    server().stubFor(post(urlEqualTo("/hooks/" + name)).willReturn(aResponse().withStatus(204)));
    return server().baseUrl() + "/hooks/" + name;
  }

  /** What reached {@code /hooks/{name}}, in arrival order. */
  public static List<LoggedRequest> received(String name) {
    return server().findAll(postRequestedFor(urlEqualTo("/hooks/" + name)));
  }

  /** Waits until a request of that type reaches the hook, and returns it. */
  public static LoggedRequest awaitEvent(String name, String type) {
    return awaitEvent(name, r -> type.equals(body(r).getString("type")));
  }

  public static LoggedRequest awaitEvent(String name, Predicate<LoggedRequest> which) {
    // generous: under the whole suite's load, earlier tests' deliveries to platforms that hang
    // can hold the delivery workers for a while
    return await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> received(name).stream().filter(which).findFirst().orElse(null), r -> r != null);
  }

  public static List<String> types(String name) {
    return received(name).stream().map(r -> body(r).getString("type")).toList();
  }

  public static JsonPath body(LoggedRequest request) {
    return JsonPath.from(request.getBodyAsString());
  }

  /**
   * Verifies the request as Standard Webhooks says: {@code v1,} + base64 HMAC-SHA256 over {@code
   * id.timestamp.body} with the secret's decoded bytes; one of the space-separated signatures must
   * match.
   */
  public static void assertSignedWith(LoggedRequest request, String secret) {
    String id = request.getHeader("webhook-id");
    String timestamp = request.getHeader("webhook-timestamp");
    String expected = "v1," + hmac(secret, id + "." + timestamp + "." + request.getBodyAsString());
    assertThat(request.getHeader("webhook-signature").split(" ")).contains(expected);
  }

  private static String hmac(String secret, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
