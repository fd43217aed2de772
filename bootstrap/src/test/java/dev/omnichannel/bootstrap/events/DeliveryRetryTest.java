package dev.omnichannel.bootstrap.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.Receiver;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryRepository;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.PageRequest;
import dev.omnichannel.domain.shared.SortOrder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver that fails is tried again with the same {@code webhook-id} (the test profile's short
 * schedule stands in for the real one); the log shows every attempt; failed deliveries can be sent
 * again, windows replayed, secrets rotated.
 */
@QuarkusTest
class DeliveryRetryTest {

  @Inject DeliveryRepository deliveries;

  private Api api;
  private String hook;
  private Api.RegisteredPlatform crm;
  private Api.WebhookChannel channel;

  @BeforeEach
  void aPlatform() {
    api = Api.newAccount();
    hook = "retry-" + UUID.randomUUID();
    crm = api.platform("crm", Receiver.hook(hook), "sessions");
    channel = api.whatsAppWebChannel();
  }

  /** The receiver fails {@code times} times for message.received, then takes it. */
  private void failing(int times) {
    String path = "/hooks/" + hook;
    String scenario = "fail-" + hook;
    for (int i = 0; i < times; i++) {
      Receiver.server()
          .stubFor(
              post(urlEqualTo(path))
                  .withRequestBody(
                      matchingJsonPath(
                          "$.type",
                          com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                              "message.received")))
                  .inScenario(scenario)
                  .whenScenarioStateIs(i == 0 ? STARTED : "failed-" + i)
                  .willReturn(aResponse().withStatus(503))
                  .willSetStateTo("failed-" + (i + 1)));
    }
    Receiver.server()
        .stubFor(
            post(urlEqualTo(path))
                .withRequestBody(
                    matchingJsonPath(
                        "$.type",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                            "message.received")))
                .inScenario(scenario)
                .whenScenarioStateIs("failed-" + times)
                .willReturn(aResponse().withStatus(200)));
  }

  @Test
  void aReceiverFailingTwiceGetsTheSameWebhookIdUntilItAnswers2xx() {
    failing(2);
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);

    List<LoggedRequest> received =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    Receiver.received(hook).stream()
                        .filter(r -> "message.received".equals(Receiver.body(r).getString("type")))
                        .toList(),
                list -> list.size() >= 3);
    assertThat(received)
        .extracting(r -> r.getHeader("webhook-id"))
        .containsOnly(received.get(0).getHeader("webhook-id"));
    assertThat(received)
        .extracting(LoggedRequest::getBodyAsString)
        .containsOnly(received.get(0).getBodyAsString());
    received.forEach(r -> Receiver.assertSignedWith(r, crm.secret()));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                api.get("/platforms/" + crm.id() + "/deliveries?status=delivered")
                    .statusCode(200)
                    .body("data.find { it.type == 'message.received' }.attempts.size()", equalTo(3))
                    .body(
                        "data.find { it.type == 'message.received' }.attempts.statusCode",
                        equalTo(List.of(503, 503, 200))));
  }

  @Test
  void aFailedDeliveryIsSentAgainOnRequestAndAWindowIsReplayedWithTheSameIds() {
    Receiver.server()
        .stubFor(post(urlEqualTo("/hooks/" + hook)).willReturn(aResponse().withStatus(500)));
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String failed =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    api.get("/platforms/" + crm.id() + "/deliveries?status=failed")
                        .extract()
                        .<String>path("data.find { it.type == 'message.received' }._id"),
                id -> id != null);
    api.get("/platforms/" + crm.id() + "/deliveries?status=failed")
        .body(
            "data.find { it._id == '" + failed + "' }.attempts.size()",
            org.hamcrest.Matchers.greaterThanOrEqualTo(3))
        .body("data.find { it._id == '" + failed + "' }.attempts[0].statusCode", equalTo(500));
    String eventId =
        api.get("/platforms/" + crm.id() + "/deliveries")
            .extract()
            .path("data.find { it._id == '" + failed + "' }.eventId");

    Receiver.hook(hook);
    int before = Receiver.received(hook).size();
    api.authed()
        .post(api.path("/platforms/" + crm.id() + "/deliveries/" + failed + "/retry"))
        .then()
        .statusCode(202);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                api.get("/platforms/" + crm.id() + "/deliveries?status=delivered")
                    .body("data._id", org.hamcrest.Matchers.hasItem(failed)));
    assertThat(Receiver.received(hook).get(before).getHeader("webhook-id")).isEqualTo(eventId);

    long sent =
        Receiver.received(hook).stream()
            .filter(r -> eventId.equals(r.getHeader("webhook-id")))
            .count();
    int events =
        api.post(
                "/platforms/" + crm.id() + "/replay",
                Map.of("since", "2020-01-01T00:00:00Z", "types", List.of("message.received")))
            .statusCode(202)
            .extract()
            .path("queued");
    assertThat(events).isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Receiver.received(hook).stream()
                    .filter(r -> eventId.equals(r.getHeader("webhook-id")))
                    .count(),
            n -> n == sent + 1);
  }

  @Test
  void retryingAPendingOrDeliveredDeliveryIsRefused() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String delivered =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    api.get("/platforms/" + crm.id() + "/deliveries?status=delivered")
                        .extract()
                        .<String>path("data[0]._id"),
                id -> id != null);

    api.authed()
        .post(api.path("/platforms/" + crm.id() + "/deliveries/" + delivered + "/retry"))
        .then()
        .statusCode(400)
        .body("code", equalTo("DELIVERY_NOT_RETRIABLE"));
    api.authed()
        .post(api.path("/platforms/" + crm.id() + "/deliveries/0123456789abcdef01234567/retry"))
        .then()
        .statusCode(404);
  }

  @Test
  void afterARotationBothSecretsSign() {
    String next =
        api.post("/platforms/" + crm.id() + "/secret", Map.of())
            .statusCode(200)
            .extract()
            .path("secret");
    assertThat(next).startsWith("whsec_").isNotEqualTo(crm.secret());

    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);

    LoggedRequest request = Receiver.awaitEvent(hook, "message.received");
    assertThat(request.getHeader("webhook-signature").split(" ")).hasSize(2);
    Receiver.assertSignedWith(request, crm.secret());
    Receiver.assertSignedWith(request, next);
  }

  @Test
  void removingAPlatformCancelsItsPendingDeliveries() {
    Receiver.server()
        .stubFor(post(urlEqualTo("/hooks/" + hook)).willReturn(aResponse().withStatus(500)));
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> Receiver.received(hook).size(), n -> n >= 1);

    api.authed().delete(api.path("/platforms/" + crm.id())).then().statusCode(204);

    api.get("/platforms/" + crm.id()).statusCode(404);
    api.get("/platforms").body("size()", equalTo(0));
    var log =
        deliveries.log(
            ClientIdentifier.of(api.account()),
            crm.id(),
            null,
            new PageRequest(1, 100, SortOrder.DESC));
    assertThat(log.data()).extracting(Delivery::status).contains(DeliveryStatus.CANCELLED);
    assertThat(log.data()).extracting(Delivery::status).doesNotContain(DeliveryStatus.PENDING);
  }
}
