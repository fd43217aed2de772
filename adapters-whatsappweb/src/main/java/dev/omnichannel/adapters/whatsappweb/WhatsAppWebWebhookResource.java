package dev.omnichannel.adapters.whatsappweb;

import dev.omnichannel.application.inbound.InboundOutcome;
import dev.omnichannel.application.inbound.ReceiveWebhookUseCase;
import dev.omnichannel.application.inbound.WebhookCall;
import dev.omnichannel.application.inbound.WebhookReceipt;
import dev.omnichannel.domain.channel.Provider;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the WhatsApp Web gateway delivers messages (seed §5.1, §1.2). */
@Path("/api/webhook/whatsappweb/{platformConfigId}/{channelId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook")
public class WhatsAppWebWebhookResource {

  private final ReceiveWebhookUseCase receive;
  private final Clock clock;

  WhatsAppWebWebhookResource(ReceiveWebhookUseCase receive, Clock clock) {
    this.receive = receive;
    this.clock = clock;
  }

  @POST
  @CustomDeserialization(LenientJson.class)
  @Operation(
      operationId = "Webhook_deliverWhatsAppWeb",
      summary = "A WhatsApp Web gateway delivers a MESSAGE or GROUP_MESSAGE")
  public Receipt deliver(
      @PathParam("platformConfigId") String platformConfigId,
      @PathParam("channelId") String channelId,
      @QueryParam("token") String token,
      @HeaderParam("X-Omnichannel-Token") String headerToken,
      WhatsAppWebEvent body) {
    WebhookReceipt receipt =
        receive.receive(
            new WebhookCall(
                Provider.WHATSAPP_WEB,
                platformConfigId,
                channelId,
                token != null ? token : headerToken),
            () -> WhatsAppWebTranslator.translate(body, clock));
    return new Receipt(
        receipt.count(InboundOutcome.STORED),
        receipt.count(InboundOutcome.DUPLICATE),
        receipt.count(InboundOutcome.IGNORED),
        receipt.count(InboundOutcome.SKIPPED),
        receipt.statuses());
  }

  /** What the call did. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WhatsAppWebWebhookReceipt")
  public record Receipt(long stored, long duplicates, long ignored, long skipped, int statuses) {}
}
