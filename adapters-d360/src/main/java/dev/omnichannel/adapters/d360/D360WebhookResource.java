package dev.omnichannel.adapters.d360;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where 360dialog delivers messages and statuses (seed §5.2, §4.2). */
@Path("/api/webhook/360dialog/{platformConfigId}/{channelId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook")
public class D360WebhookResource {

  private final ReceiveWebhookUseCase receive;

  D360WebhookResource(ReceiveWebhookUseCase receive) {
    this.receive = receive;
  }

  @POST
  @CustomDeserialization(LenientJson.class)
  @Operation(
      operationId = "Webhook_deliverD360",
      summary = "360dialog delivers messages, contacts and statuses (flat or Cloud API form)")
  public Receipt deliver(
      @PathParam("platformConfigId") String platformConfigId,
      @PathParam("channelId") String channelId,
      @QueryParam("token") String token,
      @HeaderParam(D360Gateway.TOKEN_HEADER) String headerToken,
      D360Webhook body) {
    WebhookReceipt receipt =
        receive.receive(
            new WebhookCall(
                Provider.D360, platformConfigId, channelId, token != null ? token : headerToken),
            () -> D360Translator.translate(body));
    return new Receipt(
        receipt.count(InboundOutcome.STORED),
        receipt.count(InboundOutcome.DUPLICATE),
        receipt.count(InboundOutcome.IGNORED),
        receipt.count(InboundOutcome.SKIPPED),
        receipt.statuses());
  }

  /** What the call did. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "D360WebhookReceipt")
  public record Receipt(long stored, long duplicates, long ignored, long skipped, int statuses) {}
}
