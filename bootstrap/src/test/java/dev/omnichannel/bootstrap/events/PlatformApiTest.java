package dev.omnichannel.bootstrap.events;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.omnichannel.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering and changing platforms (API.md §9): what is refused, and the secret shown once. */
@QuarkusTest
class PlatformApiTest {

  private final Api api = Api.newAccount();

  @Test
  void theSecretIsShownOnlyWhenThePlatformIsCreated() {
    String id =
        api.post(
                "/platforms",
                Map.of("slug", "crm", "name", "CRM", "webhookUrl", "http://127.0.0.1:9/hook"))
            .statusCode(201)
            .body("secret", org.hamcrest.Matchers.matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
            .body("scope", equalTo("sessions"))
            .body("enabled", equalTo(true))
            .body("events", nullValue())
            .extract()
            .path("_id");

    api.get("/platforms/" + id).statusCode(200).body("secret", nullValue());
    api.get("/platforms").body("[0].secret", nullValue()).body("[0].slug", equalTo("crm"));
    api.patch("/platforms/" + id, Map.of("scope", "account", "events", List.of("message.sent")))
        .statusCode(200)
        .body("scope", equalTo("account"))
        .body("events", org.hamcrest.Matchers.contains("message.sent"))
        .body("secret", nullValue());
  }

  @Test
  void aSlugIsUniqueInTheAccount() {
    api.platform("crm", "http://127.0.0.1:9/a", "sessions");
    api.post("/platforms", Map.of("slug", "crm", "name", "x", "webhookUrl", "http://127.0.0.1:9/b"))
        .statusCode(409)
        .body("code", equalTo("PLATFORM_EXISTS"));
    Api.newAccount().platform("crm", "http://127.0.0.1:9/a", "sessions");
  }

  @Test
  void badValuesAreAllNamed() {
    api.post(
            "/platforms",
            Map.of(
                "slug", "Bad Slug!",
                "name", "x",
                "webhookUrl", "http://127.0.0.1:9/b",
                "scope", "everything"))
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("scope"));
    api.post(
            "/platforms",
            Map.of(
                "slug", "ok",
                "name", "x",
                "webhookUrl", "http://127.0.0.1:9/b",
                "events", List.of("message.received", "message.nope")))
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("events[1]"));
    api.post("/platforms", Map.of("slug", "Bad Slug!", "name", "x", "webhookUrl", "http://h/b"))
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("slug"));
    for (String url :
        new String[] {
          "ftp://h/x", "http://u:p@h/x", "http://169.254.169.254/x", "http://[fe80::1]/"
        }) {
      api.post("/platforms", Map.of("slug", "ok", "name", "x", "webhookUrl", url))
          .statusCode(400)
          .body("code", equalTo("INVALID_WEBHOOK_URL"))
          .body("errors.field", containsInAnyOrder("webhookUrl"));
    }
    api.get("/platforms").body("size()", equalTo(0));
  }

  @Test
  void anotherAccountsPlatformIsNotFound() {
    Api.RegisteredPlatform mine = api.platform("crm", "http://127.0.0.1:9/a", "sessions");
    Api other = Api.newAccount();
    other.get("/platforms/" + mine.id()).statusCode(404);
    other.patch("/platforms/" + mine.id(), Map.of("enabled", false)).statusCode(404);
    other.post("/platforms/" + mine.id() + "/secret", Map.of()).statusCode(404);
    other.get("/platforms/" + mine.id() + "/deliveries").statusCode(404);
    other.authed().delete(other.path("/platforms/" + mine.id())).then().statusCode(404);
    api.get("/platforms/" + mine.id()).statusCode(200).body("enabled", equalTo(true));
  }
}
