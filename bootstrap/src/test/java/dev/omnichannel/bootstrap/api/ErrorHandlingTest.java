package dev.omnichannel.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.omnichannel.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input of every kind answers a 4xx problem+json with a stable code, never a 5xx. */
@QuarkusTest
class ErrorHandlingTest {

  private final Api api = Api.newAccount();

  @Test
  void malformedJsonIsRefused() {
    api.authed()
        .body("{\"contactIdentifier\":")
        .post(api.path("/contacts"))
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("MALFORMED_JSON"))
        .body("status", equalTo(400))
        .body("type", equalTo("https://omnichannel.dev/problems/malformed-json"))
        .body("title", equalTo("Malformed JSON"));
  }

  @Test
  void aMissingBodyIsRefused() {
    api.authed()
        .post(api.path("/contacts"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("body"));
  }

  @Test
  void anUnknownFieldIsNamedNotIgnored() {
    api.post(
            "/platform-configs",
            Map.of("provider", "d360", "name", "x", "apiKey", "k", "apikey", "k"))
        .statusCode(400)
        .body("errors.field", contains("apikey"))
        .body("errors.message", contains("is not a known field"));
  }

  @Test
  void aWrongTypeIsNamed() {
    api.post("/contacts", Map.of("isIgnored", "maybe"))
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("isIgnored"));
  }

  @Test
  void wrongEnumValuesAreAllListed() {
    api.post(
            "/contacts",
            Map.of(
                "contactIdentifier", "5521988887777",
                "channelId", "0123456789abcdef01234567",
                "type", "person",
                "channelType", "sms"))
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("type", "channelType"))
        .body(
            "errors.message",
            containsInAnyOrder(containsString("individual"), containsString("whatsapp")));
  }

  @Test
  void anUnknownRouteIsAProblemToo() {
    api.authed()
        .get("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void aWrongMethodOrMediaTypeIsAProblem() {
    api.authed()
        .delete(api.path("/contacts"))
        .then()
        .statusCode(405)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("METHOD_NOT_ALLOWED"));
    given()
        .header("X-Api-Key", api.key())
        .contentType("text/plain")
        .body("hello")
        .post(api.path("/contacts"))
        .then()
        .statusCode(415)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    // No Content-Type at all is not read as JSON either; nothing is created.
    String untyped =
        "POST "
            + api.path("/contacts")
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
            + api.key()
            + "\r\nContent-Length: 2\r\n\r\n{}";
    org.assertj.core.api.Assertions.assertThat(raw(untyped))
        .startsWith("HTTP/1.1 415")
        .contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
  }

  @Test
  void refusalsOfTheHttpLayerAreProblemsToo() {
    api.authed()
        .urlEncodingEnabled(false)
        .get("/api/contacts?name=" + "a".repeat(20_000))
        .then()
        .statusCode(414)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("URI_TOO_LONG"));
    // Refused on its declared length, before the body is read: a raw socket sends only the head.
    String head =
        "POST "
            + api.path("/contacts")
            + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
            + api.key()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + (5 * 1024 * 1024 + 1)
            + "\r\n\r\n";
    org.assertj.core.api.Assertions.assertThat(raw(head))
        .startsWith("HTTP/1.1 413")
        .containsIgnoringCase("content-type: " + Api.PROBLEM_JSON)
        .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
  }

  @Test
  void noProblemCarriesAStackTrace() {
    String body =
        api.authed()
            .body("[1,2,3]")
            .post(api.path("/contacts"))
            .then()
            .statusCode(400)
            .extract()
            .asString();

    org.assertj.core.api.Assertions.assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void anArrayWhereAnObjectIsExpectedIsRefused() {
    api.authed()
        .body("[]")
        .post(api.path("/platform-configs"))
        .then()
        .statusCode(400)
        .body("code", not(equalTo("INTERNAL_ERROR")));
  }

  private static String raw(String request) {
    try (java.net.Socket socket =
        new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
