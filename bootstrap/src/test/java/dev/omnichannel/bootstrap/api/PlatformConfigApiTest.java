package dev.omnichannel.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.omnichannel.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformConfigApiTest {

  private final Api api = Api.newAccount();

  @Test
  void aWhatsAppWebConfigIsCreatedAndReadBack() {
    String id =
        api.post(
                "/platform-configs",
                Map.of(
                    "provider", "whatsappweb",
                    "name", "Gateway",
                    "baseUrl", "http://gateway:3000/",
                    "clientNumber", "+55 21 97777-6666"))
            .statusCode(201)
            .body("provider", equalTo("whatsappweb"))
            .body("baseUrl", equalTo("http://gateway:3000"))
            .body("clientNumber", equalTo("5521977776666"))
            .body("apiKeySet", equalTo(false))
            .extract()
            .path("_id");

    api.get("/platform-configs/" + id).statusCode(200).body("name", equalTo("Gateway"));
  }

  @Test
  void theApiKeyIsNeverReturned() {
    String id =
        api.post(
                "/platform-configs",
                Map.of("provider", "d360", "name", "360dialog", "apiKey", "secret-key-123"))
            .statusCode(201)
            .body("apiKeySet", equalTo(true))
            .body("$", not(hasKey("apiKey")))
            .body("baseUrl", equalTo("https://waba-v2.360dialog.io"))
            .extract()
            .path("_id");

    String one = api.get("/platform-configs/" + id).extract().asString();
    String all = api.get("/platform-configs").extract().asString();
    org.assertj.core.api.Assertions.assertThat(one + all).doesNotContain("secret-key-123");
  }

  @Test
  void listingShowsOnlyTheAccountsConfigs() {
    String mine = api.d360Config("https://waba-v2.360dialog.io", "k1");
    String theirs = Api.newAccount().d360Config("https://waba-v2.360dialog.io", "k2");

    api.get("/platform-configs").statusCode(200).body("_id", contains(mine));
    api.get("/platform-configs/" + theirs)
        .statusCode(404)
        .body("code", equalTo("PLATFORM_CONFIG_NOT_FOUND"));
  }

  @Test
  void eachProvidersRequiredSettingsAreChecked() {
    api.post("/platform-configs", Map.of("provider", "whatsappweb", "name", "Gw"))
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("baseUrl", "clientNumber"));
    api.post("/platform-configs", Map.of("provider", "d360", "name", "D"))
        .statusCode(400)
        .body("errors.field", contains("apiKey"));
    api.post("/platform-configs", Map.of("provider", "telegram", "name", ""))
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("provider", "name"));
  }

  @Test
  void baseUrlsThatAreNotHttpCarryUserInfoOrPointAtLinkLocalHostsAreRefused() {
    for (String url :
        new String[] {
          "ftp://gateway:21",
          "http://user:secret@gateway:3000",
          "http://169.254.169.254/latest",
          "http://[fe80::1]:3000",
          "http://2852039166"
        }) {
      api.post(
              "/platform-configs",
              Map.of(
                  "provider", "whatsappweb",
                  "name", "Gateway",
                  "baseUrl", url,
                  "clientNumber", "5521977776666"))
          .statusCode(400)
          .contentType(Api.PROBLEM_JSON)
          .body("code", org.hamcrest.Matchers.equalTo("INVALID_BASE_URL"))
          .body("errors.field", contains("baseUrl"));
    }
    api.get("/platform-configs").body("size()", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void aProviderKeyOfControlCharactersIsRefused() {
    for (String key : new String[] {"\u0001\u0007", "k\u0001x", "chave com espaço"}) {
      api.post("/platform-configs", Map.of("provider", "d360", "name", "x", "apiKey", key))
          .statusCode(400)
          .body("errors.field", contains("apiKey"));
    }
  }

  @Test
  void anAccountThatIsNotAUuidIsRefused() {
    Api.operator()
        .get("/api/accounts/not-a-uuid/platform-configs")
        .then()
        .statusCode(400)
        .body("errors.field", contains("clientIdentifier"));
  }
}
