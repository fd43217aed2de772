package dev.omnichannel.bootstrap.api.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import dev.omnichannel.bootstrap.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's own OpenAPI document gets {@value #PER_OPERATION} generated
 * requests with malformed bodies, content types, query strings, path ids and keys, through the real
 * HTTP stack. None may answer 5xx; every 4xx is problem+json; and an operation whose requests were
 * all refused has changed nothing. Seeded: a failure prints the request and replays the same.
 */
@QuarkusTest
class FuzzTest {

  static final int PER_OPERATION = 500;
  private static final long SEED = 20261125L;
  private static final int MAX_URL = 12_000;
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private final Api api = Api.newAccount();
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> tokens = new HashMap<>();

  @Test
  void noGeneratedRequestGetsA5xxAndEveryRefusalIsProblemJsonAndStoresNothing() throws Exception {
    JsonNode openApi =
        new ObjectMapper()
            .readTree(
                given()
                    .get("/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray());
    JsonNode components = openApi.path("components").path("schemas");
    setUpAccount();

    List<String[]> operations = new ArrayList<>();
    openApi
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                            operations.add(new String[] {method, path.getKey()});
                          }
                        }));
    // Deletions last, so that the others meet the account whole.
    operations.sort(
        Comparator.comparing((String[] o) -> o[0].equals("delete")).thenComparing(o -> o[1]));
    assertThat(operations).hasSizeGreaterThan(20);

    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    long requests = 0;
    for (String[] operation : operations) {
      JsonNode spec = openApi.path("paths").path(operation[1]).path(operation[0]);
      List<String> fields =
          Generator.fieldNames(
              spec.path("requestBody").path("content").path("application/json").path("schema"),
              components);
      List<String> queryNames = new ArrayList<>();
      spec.path("parameters")
          .forEach(
              p -> {
                if ("query".equals(p.path("in").asText())) {
                  queryNames.add(p.path("name").asText());
                }
              });
      Generator generate =
          new Generator(SEED ^ (operation[0] + operation[1]).hashCode(), List.copyOf(ids.values()));
      String before = fingerprint();
      boolean anyAccepted = false;
      for (int i = 0; i < PER_OPERATION; i++) {
        Attempt attempt = attempt(generate, operation[0], operation[1], fields, queryNames);
        requests++;
        Answer answer;
        try {
          answer = attempt.send();
        } catch (java.io.IOException e) {
          failures.add(kind("no answer", operation) + attempt);
          continue;
        }
        int status = answer.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String type = answer.contentType();
        if (status >= 500 && !answer.upstream()) {
          failures.add(kind(String.valueOf(status), operation) + attempt);
        } else if (status >= 400 && !type.startsWith(Api.PROBLEM_JSON)) {
          failures.add(kind(status + " without problem+json (" + type + ")", operation) + attempt);
        } else if (status < 400 || answer.upstream()) {
          anyAccepted = true; // it got past the checks: it may have changed something
        }
      }
      if (!anyAccepted && !operation[0].equals("get")) {
        String after = fingerprint();
        if (!after.equals(before)) {
          failures.add(
              kind("every request refused, yet something changed", operation)
                  + before
                  + " → "
                  + after);
        }
      }
    }
    leaveNoWorkBehind();
    assertThat(requests).isGreaterThanOrEqualTo((long) operations.size() * PER_OPERATION);
    System.out.println(
        "Fuzzed " + operations.size() + " operations; answers by status: " + statuses);
    // The generator reaches the handlers, not only the gates: some requests pass, most are refused.
    assertThat(statuses.keySet()).contains(200, 400, 401, 404);
    assertThat(failures)
        .withFailMessage(
            () ->
                failures.size()
                    + " of "
                    + operations.size() * PER_OPERATION
                    + " requests failed; one of each kind:\n"
                    + String.join("\n", oneOfEachKind(failures)))
        .isEmpty();
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Failures of the provider itself (here: a gateway that is down), not of the input. */
  private static final Pattern UPSTREAM =
      Pattern.compile("\"code\":\"(PROVIDER_[A-Z_]+|CONNECTION_CLOSED)\"");

  private record Answer(int statusCode, String contentType, String body) {

    /** A 502/503 problem that says the provider failed: the answer API.md §6 gives for that. */
    boolean upstream() {
      return (statusCode == 502 || statusCode == 503)
          && contentType.startsWith(Api.PROBLEM_JSON)
          && UPSTREAM.matcher(body).find();
    }
  }

  /** One generated request, printable for the failure report. */
  private record Attempt(
      String method, String url, Map<String, String> headers, String contentType, byte[] body) {

    Answer send() throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + url))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method.toUpperCase(),
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      HttpResponse<byte[]> answer =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          answer.statusCode(),
          answer.headers().firstValue("Content-Type").orElse(""),
          new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      String shown =
          body == null
              ? "-"
              : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
      return method.toUpperCase()
          + " "
          + (url.length() > 300 ? url.substring(0, 300) + "…(" + url.length() + ")" : url)
          + " "
          + headers.keySet()
          + " content-type="
          + contentType
          + " body="
          + shown
          + (body != null && body.length > 300 ? "…(" + body.length + " bytes)" : "");
    }
  }

  private Attempt attempt(
      Generator generate, String method, String template, List<String> fields, List<String> query) {
    StringBuilder url = new StringBuilder();
    Matcher m = PARAM.matcher(template);
    int last = 0;
    while (m.find()) {
      url.append(template, last, m.start());
      url.append(generate.pathValue(realId(template, m.group(1))));
      last = m.end();
    }
    url.append(template.substring(last));
    List<String> pairs = new ArrayList<>();
    if (template.startsWith("/api/webhook/") && generate.chance(85)) {
      pairs.add("token=" + tokens.get(template.contains("360dialog") ? "d360" : "web"));
    }
    for (String name : query) {
      if (generate.chance(40)) {
        pairs.add(name + "=" + query(generate.queryValue()));
      }
    }
    if (generate.chance(10)) {
      pairs.add(query(generate.text()) + "=" + query(generate.queryValue()));
    }
    if (!pairs.isEmpty()) {
      url.append('?').append(String.join("&", pairs));
    }
    String bounded = url.length() > MAX_URL ? url.substring(0, MAX_URL) : url.toString();

    Map<String, String> headers = new HashMap<>();
    int auth = generate.chance(90) ? 0 : (generate.chance(50) ? 1 : 2);
    if (auth == 0) {
      headers.put("Authorization", "Bearer " + api.key());
    } else if (auth == 1) {
      headers.put("Authorization", generate.pick(List.of("Bearer", "Bearer omc_x", "Basic YTpi")));
    } else {
      headers.put(
          "X-Api-Key", generate.pick(List.of("", "omc_", "x".repeat(5000), "omc_" + api.key())));
    }
    headers.put("Accept", generate.chance(90) ? "application/json" : "text/html");
    if (generate.chance(5)) {
      headers.put("Idempotency-Key", generate.queryValue());
    }
    boolean hasBody = method.equals("post") || method.equals("put") || method.equals("patch");
    byte[] body = hasBody && generate.chance(95) ? generate.body(fields) : null;
    String contentType = hasBody ? generate.contentType() : null;
    return new Attempt(method, bounded, headers, contentType, body);
  }

  private static String kind(String what, String[] operation) {
    return what + " · " + operation[0].toUpperCase() + " " + operation[1] + " · ";
  }

  /** The failures grouped by what went wrong where, with a count and the first request of each. */
  private static List<String> oneOfEachKind(List<String> failures) {
    Map<String, List<String>> kinds = new java.util.LinkedHashMap<>();
    for (String f : failures) {
      int cut = f.indexOf(" · ", f.indexOf(" · ") + 3);
      kinds.computeIfAbsent(f.substring(0, cut), k -> new ArrayList<>()).add(f.substring(cut + 3));
    }
    List<String> lines = new ArrayList<>();
    kinds.forEach((k, v) -> lines.add(v.size() + " × " + k + "\n    e.g. " + v.get(0)));
    return lines;
  }

  /** A query part as a client would send it: percent-encoded (its percent signs too). */
  private static String query(String raw) {
    return java.net.URLEncoder.encode(raw, StandardCharsets.UTF_8);
  }

  private String realId(String template, String name) {
    if (name.equals("id")) {
      if (template.contains("/api-keys/")) {
        return ids.get("keyId");
      }
      if (template.contains("/platform-configs/")) {
        return ids.get("platformConfigId");
      }
      return ids.get("platformId");
    }
    if (template.startsWith("/api/webhook/360dialog/")) {
      return ids.get("d360" + name);
    }
    return ids.get(name);
  }

  private void setUpAccount() {
    ProviderStub.server().resetAll();
    ids.put("clientIdentifier", api.account());
    Api.WebhookChannel web = api.whatsAppWebChannel();
    Api.WebhookChannel d360 = api.d360Channel();
    ids.put("platformConfigId", web.platformConfigId());
    ids.put("channelId", web.channelId());
    ids.put("d360platformConfigId", d360.platformConfigId());
    ids.put("d360channelId", d360.channelId());
    tokens.put("web", web.token());
    tokens.put("d360", d360.token());
    Api.deliver(web, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session = api.onlySession();
    ids.put("sessionId", session);
    ids.put(
        "contactId",
        api.asAccount().get("/api/session/" + session).then().extract().path("contactId"));
    ids.put(
        "messageId",
        api.asAccount()
            .get("/api/session/" + session + "/messages")
            .then()
            .extract()
            .path("data[0]._id"));
    ids.put("platformId", api.platform("crm", Receiver.hook("fuzz"), "sessions").id());
    // Another key of the account: revoking it must not lock the fuzzer out.
    ids.put(
        "keyId",
        api.post("/api-keys", Map.of("name", "spare")).statusCode(201).extract().path("_id"));
    ids.put("contact", "5521988887777");
    ids.put("deliveryId", "6b0734b41c5b933212f4cd74");
  }

  /**
   * The requests that were taken stored messages, and the generated platforms would be sent their
   * events for days: the platforms go, so the events' deliveries are cancelled at once and the
   * tests after this one find the delivery workers free.
   */
  private void leaveNoWorkBehind() {
    List<String> platforms = api.get("/platforms").extract().path("_id");
    for (String platform : platforms) {
      api.authed().delete(api.path("/platforms/" + platform)).then().statusCode(204);
    }
  }

  /** What the account holds, counted through the API. */
  private String fingerprint() {
    return List.of(
            api.get("/contacts").extract().path("total").toString(),
            api.get("/sessions").extract().path("total").toString(),
            String.valueOf(api.get("/platform-configs").extract().jsonPath().getList("$").size()),
            String.valueOf(api.get("/channels").extract().jsonPath().getList("$").size()),
            String.valueOf(api.get("/platforms").extract().jsonPath().getList("$").size()),
            api.asAccount()
                .get("/api/session/" + ids.get("sessionId") + "/messages")
                .then()
                .extract()
                .path("total")
                .toString())
        .toString();
  }
}
