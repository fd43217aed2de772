package dev.omnichannel.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** The service's HTTP API as tests drive it: one fresh account per test keeps tests apart. */
public final class Api {

  public static final String PROBLEM_JSON = "application/problem+json";

  private final String account;

  private Api(String account) {
    this.account = account;
  }

  public static Api newAccount() {
    return new Api(UUID.randomUUID().toString());
  }

  public String account() {
    return account;
  }

  public String path(String tail) {
    return "/api/accounts/" + account + tail;
  }

  public static RequestSpecification json() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public ValidatableResponse post(String tail, Object body) {
    return json().body(body).post(path(tail)).then();
  }

  public ValidatableResponse patch(String tail, Object body) {
    return json().body(body).patch(path(tail)).then();
  }

  public ValidatableResponse get(String tail) {
    return json().get(path(tail)).then();
  }

  /** A WhatsApp Web gateway connection at {@code baseUrl}; returns its id. */
  public String whatsAppWebConfig(String baseUrl) {
    return post(
            "/platform-configs",
            Map.of(
                "provider", "whatsappweb",
                "name", "Gateway",
                "baseUrl", baseUrl,
                "clientNumber", "5521977776666"))
        .statusCode(201)
        .extract()
        .path("_id");
  }

  /** A 360dialog connection at {@code baseUrl} with {@code apiKey}; returns its id. */
  public String d360Config(String baseUrl, String apiKey) {
    return post(
            "/platform-configs",
            Map.of("provider", "d360", "name", "360dialog", "baseUrl", baseUrl, "apiKey", apiKey))
        .statusCode(201)
        .extract()
        .path("_id");
  }

  /** A WhatsApp channel of a config; returns the whole answer. */
  public ValidatableResponse createChannel(String platformConfigId, String phoneNumber) {
    return post(
        "/channels",
        Map.of(
            "platformConfigId", platformConfigId,
            "name", "Vendas",
            "phoneNumber", phoneNumber,
            "channelType", "whatsapp",
            "defaultPlatform", "crm"));
  }

  /** A channel on a gateway that is down (no webhook configured); returns its id. */
  public String channelWithoutProvider() {
    return createChannel(whatsAppWebConfig(ProviderStub.unreachableUrl()), "5521977776666")
        .statusCode(201)
        .extract()
        .path("_id");
  }

  /** An individual contact on a channel; returns its id. */
  public String contact(String channelId, String number, String name) {
    return post(
            "/contacts",
            Map.of(
                "contactIdentifier", number,
                "name", name,
                "channelId", channelId,
                "channelType", "whatsapp",
                "type", "individual"))
        .statusCode(201)
        .extract()
        .path("_id");
  }
}
