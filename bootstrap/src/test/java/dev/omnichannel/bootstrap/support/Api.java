package dev.omnichannel.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * The service's HTTP API as tests drive it: one fresh account per test keeps tests apart. Each
 * account gets its own API key (made with the operator key on first use), sent on every call.
 */
public final class Api {

  public static final String PROBLEM_JSON = "application/problem+json";

  /** The operator key of the test profile ({@code %test.omnichannel.admin-api-key}). */
  public static final String OPERATOR_KEY = "test-operator-key";

  private final String account;
  private String key;

  private Api(String account) {
    this.account = account;
  }

  public static Api newAccount() {
    return new Api(UUID.randomUUID().toString());
  }

  public String account() {
    return account;
  }

  /** The account's API key, created with the operator key the first time it is needed. */
  public synchronized String key() {
    if (key == null) {
      key =
          operator()
              .body(Map.of("name", "tests"))
              .post(path("/api-keys"))
              .then()
              .statusCode(201)
              .extract()
              .path("key");
    }
    return key;
  }

  public String path(String tail) {
    return "/api/accounts/" + account + tail;
  }

  /** A request without any key: for provider webhooks, and to prove refusals. */
  public static RequestSpecification json() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /** A request with the operator's key. */
  public static RequestSpecification operator() {
    return json().header("X-Api-Key", OPERATOR_KEY);
  }

  /** A request with this account's key, as a bearer token. */
  public RequestSpecification authed() {
    return json().header("Authorization", "Bearer " + key());
  }

  public ValidatableResponse post(String tail, Object body) {
    return authed().body(body).post(path(tail)).then();
  }

  public ValidatableResponse patch(String tail, Object body) {
    return authed().body(body).patch(path(tail)).then();
  }

  public ValidatableResponse get(String tail) {
    return authed().get(path(tail)).then();
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

  /** A channel as a provider sees it: where to deliver, with the token. */
  public record WebhookChannel(String channelId, String platformConfigId, String webhookPath) {

    /** The webhook path without its token. */
    public String pathWithoutToken() {
      return webhookPath.substring(0, webhookPath.indexOf('?'));
    }

    public String token() {
      return webhookPath.substring(webhookPath.indexOf("?token=") + 7);
    }
  }

  /** A WhatsApp Web channel (its gateway down, which does not matter for receiving). */
  public WebhookChannel whatsAppWebChannel() {
    return webhookChannel(whatsAppWebConfig(ProviderStub.unreachableUrl()));
  }

  /** A 360dialog channel (its API down, which does not matter for receiving). */
  public WebhookChannel d360Channel() {
    return webhookChannel(d360Config(ProviderStub.unreachableUrl(), "key"));
  }

  /** A WhatsApp channel of a config, as its provider sees it. */
  public WebhookChannel webhookChannel(String configId) {
    var created = createChannel(configId, "5521977776666").statusCode(201).extract();
    String url = created.path("webhookUrl");
    return new WebhookChannel(
        created.path("_id"), configId, url.substring(url.indexOf("/api/webhook/")));
  }

  /** Delivers a provider payload to a channel's webhook. */
  public static ValidatableResponse deliver(WebhookChannel channel, String payload) {
    return json().body(payload).post(channel.webhookPath()).then();
  }

  /** A request with this account's key, for the paths that carry no account (seed §2–§6). */
  public RequestSpecification asAccount() {
    return authed();
  }

  /** The id of the account's only session, after checking it is the only one. */
  public String onlySession() {
    return get("/sessions")
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(1))
        .extract()
        .path("data[0]._id");
  }

  /** A registered platform: its id and its signing secret. */
  public record RegisteredPlatform(String id, String secret) {}

  /** A platform of {@code slug} receiving at {@code url}, of {@code scope} ({@code sessions}…). */
  public RegisteredPlatform platform(String slug, String url, String scope) {
    var created =
        post("/platforms", Map.of("slug", slug, "name", slug, "webhookUrl", url, "scope", scope))
            .statusCode(201)
            .extract();
    return new RegisteredPlatform(created.path("_id"), created.path("secret"));
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
