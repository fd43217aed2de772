package dev.omnichannel.bootstrap.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import dev.omnichannel.bootstrap.support.RecordedCommands;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the hot paths cost in database round trips, counted by a driver command listener: at most
 * four commands for a new inbound message (its event included) and five for a send.
 */
@QuarkusTest
class RoundTripTest {

  @Inject RecordedCommands commands;

  private final WireMockServer gateway = ProviderStub.server();
  private Api api;
  private Api.WebhookChannel channel;

  @BeforeEach
  void aChannelAlreadyRead() {
    gateway.resetAll();
    gateway.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    gateway.stubFor(
        post(urlEqualTo("/5521977776666/send")).willReturn(okJson("{\"id\":\"rt-1\"}")));
    api = Api.newAccount();
    channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521900000001", "Warm", "up", 1659518400))
        .statusCode(200);
  }

  @Test
  void aNewMessageOfANewContactCostsFourCommands() {
    commands.clear();
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);

    assertThat(commands.ofRequests())
        .extracting(RecordedCommands.Command::name)
        .containsExactly("findAndModify", "findAndModify", "insert", "update");
  }

  @Test
  void aNewMessageInAnOpenSessionCostsFourCommandsAndARepeatNoMore() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String again =
        Payloads.whatsAppWebMessage("5521988887777", "João Silva", "de novo", 1659519000);

    commands.clear();
    Api.deliver(channel, again).statusCode(200);
    assertThat(commands.ofRequests()).hasSizeLessThanOrEqualTo(4);
    // a repeat of a delivery whose event is in the feed (the router moves it in the background)
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () ->
                api.get("/events?types=message.received")
                    .statusCode(200)
                    .extract()
                    .<java.util.List<String>>path("data.data.text"),
            texts -> texts.contains("de novo"));

    commands.clear();
    Api.deliver(channel, again).statusCode(200);
    assertThat(commands.ofRequests())
        .extracting(RecordedCommands.Command::collection)
        .containsExactly("contacts", "contacts", "messages", "events");
  }

  @Test
  void aSendCostsFiveCommands() {
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    String session =
        api.get(
                "/sessions?contactId="
                    + api.get("/contacts?contactIdentifier=5521988887777")
                        .extract()
                        .path("data[0]._id"))
            .extract()
            .path("data[0]._id");
    api.authed()
        .body(Map.of("sessionId", session, "text", "primeiro"))
        .post("/api/message/send")
        .then()
        .statusCode(200);

    commands.clear();
    api.authed()
        .body(Map.of("sessionId", session, "text", "Olá!"))
        .post("/api/message/send")
        .then()
        .statusCode(200);

    assertThat(commands.ofRequests()).hasSizeLessThanOrEqualTo(5);
  }
}
