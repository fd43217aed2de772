package dev.omnichannel.bootstrap.api;

import static org.hamcrest.Matchers.equalTo;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a deadline every request has already reached when its thread picks it up, webhooks and sends
 * are refused before anything is stored or sent, with the code and Retry-After a caller retries on.
 * Management calls are not bounded by it.
 */
@QuarkusTest
@TestProfile(RequestDeadlineTest.Expired.class)
class RequestDeadlineTest {

  public static class Expired implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("omnichannel.http.request-deadline", "0s");
    }
  }

  private final Api api = Api.newAccount();

  @Test
  void aWebhookPastTheDeadlineIsNotStartedAndStoresNothing() {
    WebhookChannel channel = api.d360Channel();

    Api.deliver(channel, Payloads.seedD360Message())
        .statusCode(503)
        .contentType(Api.PROBLEM_JSON)
        .header("Retry-After", "5")
        .body("code", equalTo("DEADLINE_EXCEEDED"));

    api.get("/contacts").statusCode(200).body("total", equalTo(0));
    api.get("/sessions").statusCode(200).body("total", equalTo(0));
  }

  @Test
  void aSendPastTheDeadlineIsNotStarted() {
    api.asAccount()
        .body(Map.of("sessionId", "650000000000000000000001", "text", "oi"))
        .post("/api/message/send")
        .then()
        .statusCode(503)
        .body("code", equalTo("DEADLINE_EXCEEDED"));
  }
}
