package dev.omnichannel.bootstrap.inbound;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What happens to a message an agent sent (API.md §10): statuses — {@code played}, a {@code failed}
 * one with its reason on the message, the WhatsApp Web gateway's {@code MESSAGE_ACK} by name and by
 * whatsapp-web.js number, all through the path where the domain decides which status wins — and the
 * customer's reactions, set on the message rather than added to the history.
 */
@QuarkusTest
class SentMessageUpdatesTest {

  private final WireMockServer provider = ProviderStub.server();
  private Api api;

  @BeforeEach
  void stubs() {
    ProviderStub.answering("gw-1", "wamid.out-1");
    api = Api.newAccount();
  }

  @Test
  void aFailedStatusKeepsItsReasonOnTheMessage() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-1", "5521988887777", 60));
    sendText();

    Api.deliver(
            channel,
            """
            {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages",
             "value":{"messaging_product":"whatsapp","statuses":[
              {"id":"wamid.out-1","status":"delivered","timestamp":"%1$s","recipient_id":"5521988887777"},
              {"id":"wamid.out-1","status":"failed","timestamp":"%1$s","recipient_id":"5521988887777",
               "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",
                 "error_data":{"details":"More than 24 hours have passed since the customer last replied."}}]}
             ]}}]}]}
            """
                .formatted(Instant.now().getEpochSecond()))
        .statusCode(200)
        .body("statuses", equalTo(2));

    sent()
        .body("status", equalTo("failed"))
        .body("error.code", equalTo("131047"))
        .body("error.title", equalTo("Re-engagement message"))
        .body(
            "error.detail",
            equalTo("More than 24 hours have passed since the customer last replied."));
  }

  @Test
  void sentDeliveredAndReadWithPricingMoveTheMessageInBothEnvelopes() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-1", "5521988887777", 60));
    sendText();
    String cloud =
        """
        {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages",
         "value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"1"},"statuses":[
          {"id":"wamid.out-1","status":"%s","timestamp":"%d","recipient_id":"5521988887777",
           "conversation":{"id":"c1","origin":{"type":"service"}},
           "pricing":{"billable":false,"pricing_model":"PMP","category":"service","type":"free_customer_service"}}
         ]}}]}]}
        """;
    String flat =
        """
        {"statuses":[{"id":"wamid.out-1","status":"%s","timestamp":"%d","recipient_id":"5521988887777",
          "conversation":{"id":"c1"},"pricing":{"billable":true,"pricing_model":"CBP","category":"service"}}]}
        """;
    long now = Instant.now().getEpochSecond();

    for (String[] step :
        new String[][] {
          {cloud, "sent"}, {flat, "delivered"}, {cloud, "read"}, {flat, "delivered"}
        }) {
      Api.deliver(channel, step[0].formatted(step[1], now))
          .statusCode(200)
          .body("statuses", equalTo(1));
    }

    sent().body("status", equalTo("read")).body("error", nullValue());
  }

  @Test
  void aVoiceNoteListenedToIsPlayedAndALateReadDoesNotMoveItBack() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-1", "5521988887777", 60));
    sendText();

    Api.deliver(channel, Payloads.d360Status("wamid.out-1", "played")).statusCode(200);
    Api.deliver(channel, Payloads.d360Status("wamid.out-1", "read")).statusCode(200);

    sent().body("status", equalTo("played")).body("error", nullValue());
  }

  @Test
  void gatewayAcknowledgementsByNameAndNumberMoveTheMessage() {
    WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    sendText();

    ack(channel, "\"delivered\"").body("statuses", equalTo(1));
    sent().body("status", equalTo("delivered"));
    ack(channel, "3");
    sent().body("status", equalTo("read"));
    ack(channel, "\"1\""); // late: read stays
    sent().body("status", equalTo("read"));
    ack(channel, "4");
    sent().body("status", equalTo("played"));
    ack(channel, "0").body("statuses", equalTo(0)).body("skipped", equalTo(0));
  }

  @Test
  void aReactionIsSetOnItsMessageAndAnEmptyOneTakesItAway() {
    WebhookChannel channel = api.webhookChannel(api.d360Config(ProviderStub.baseUrl(), "d360-key"));
    Api.deliver(channel, Payloads.d360MessageWritten("wamid.in-1", "5521988887777", 60));
    sendText();

    react(channel, "wamid.react-1", "\uD83D\uDC4D").body("stored", equalTo(1));
    react(channel, "wamid.react-1", "\uD83D\uDC4D"); // the provider repeats itself

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("total", equalTo(2)); // no history entry for a reaction
    sent()
        .body("reactions.size()", equalTo(1))
        .body("reactions[0].author", equalTo("5521988887777"))
        .body("reactions[0].emoji", equalTo("\uD83D\uDC4D"));
    List<String> reactionEvents =
        org.awaitility.Awaitility.await()
            .until(
                () ->
                    api.get("/events?types=message.reaction")
                        .extract()
                        .<List<String>>path("data.data.reactions[0].emoji"),
                events -> !events.isEmpty());
    org.assertj.core.api.Assertions.assertThat(reactionEvents).hasSize(1);

    react(channel, "wamid.react-2", "");
    sent().body("reactions", nullValue());
  }

  private io.restassured.response.ValidatableResponse react(
      WebhookChannel channel, String id, String emoji) {
    return Api.deliver(
            channel,
            """
            {"messages":[{"from":"5521988887777","id":"%s","timestamp":"%d","type":"reaction",
                          "reaction":{"message_id":"wamid.out-1","emoji":"%s"}}]}
            """
                .formatted(id, Instant.now().getEpochSecond(), emoji))
        .statusCode(200);
  }

  private io.restassured.response.ValidatableResponse ack(WebhookChannel channel, String ack) {
    return Api.deliver(
            channel,
            "{\"type\":\"MESSAGE_ACK\",\"id\":\"gw-1\",\"ack\":"
                + ack
                + ",\"timestamp\":\"%s\"}".formatted(Instant.now().toString()))
        .statusCode(200);
  }

  private void sendText() {
    api.asAccount()
        .body(Map.of("sessionId", api.onlySession(), "text", "Olá"))
        .post("/api/message/send")
        .then()
        .statusCode(200);
  }

  /** The message the agent sent, as the API shows it. */
  private io.restassured.response.ValidatableResponse sent() {
    return api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .statusCode(200)
        .rootPath("data.find { it.direction == 'out' }");
  }
}
