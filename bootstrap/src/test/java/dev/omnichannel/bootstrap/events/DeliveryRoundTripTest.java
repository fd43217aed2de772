package dev.omnichannel.bootstrap.events;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import dev.omnichannel.bootstrap.support.Receiver;
import dev.omnichannel.bootstrap.support.RecordedCommands;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A delivery of an event this replica routed reads the event from memory, not from the store: none
 * of the delivery workers' commands, as the driver's command listener records them, reads one of
 * the delivered events.
 */
@QuarkusTest
class DeliveryRoundTripTest {

  @Inject RecordedCommands commands;

  private final WireMockServer gateway = ProviderStub.server();

  @Test
  void aDeliveryReadsNoEventFromTheStore() {
    gateway.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    Api api = Api.newAccount();
    String hook = "crm-" + UUID.randomUUID();
    Api.RegisteredPlatform crm = api.platform("crm", Receiver.hook(hook), "sessions");
    Api.WebhookChannel channel = api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl()));

    commands.clear();
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
    LoggedRequest received = Receiver.awaitEvent(hook, "message.received");
    Receiver.assertSignedWith(received, crm.secret());

    List<String> eventIds =
        Receiver.received(hook).stream().map(r -> r.getHeader("webhook-id")).toList();
    assertThat(eventIds).hasSizeGreaterThanOrEqualTo(3); // contact, session, message
    List<RecordedCommands.Command> eventReads =
        commands.of("omnichannel-delivery").stream()
            .filter(c -> "events".equals(c.collection()))
            .filter(c -> eventIds.stream().anyMatch(id -> c.json().contains(id)))
            .toList();
    assertThat(eventReads).isEmpty();
  }
}
