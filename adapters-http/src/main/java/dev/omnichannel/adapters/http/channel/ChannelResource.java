package dev.omnichannel.adapters.http.channel;

import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.channel.ChannelConnectionQuery;
import dev.omnichannel.application.channel.ConfigureWebhookUseCase;
import dev.omnichannel.application.channel.CreateChannelCommand;
import dev.omnichannel.application.channel.CreateChannelUseCase;
import dev.omnichannel.application.channel.FindChannelsQuery;
import dev.omnichannel.application.channel.WebhookUrls;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelStatus;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.channel.NumberValidation;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** WhatsApp numbers of an account and their provider side (API.md §1, seed §9–§10). */
@Path("/api/accounts/{clientIdentifier}/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Channel")
public class ChannelResource {

  private final CurrentCaller caller;

  private final CreateChannelUseCase create;
  private final ConfigureWebhookUseCase configureWebhook;
  private final FindChannelsQuery find;
  private final ChannelConnectionQuery connection;
  private final WebhookUrls webhookUrls;

  ChannelResource(
      CreateChannelUseCase create,
      ConfigureWebhookUseCase configureWebhook,
      FindChannelsQuery find,
      ChannelConnectionQuery connection,
      WebhookUrls webhookUrls,
      CurrentCaller caller) {
    this.caller = caller;
    this.create = create;
    this.configureWebhook = configureWebhook;
    this.find = find;
    this.connection = connection;
    this.webhookUrls = webhookUrls;
  }

  @POST
  @ResponseStatus(201)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChannelResponse.class)))
  @Operation(
      operationId = "Channel_create",
      summary = "Connect a WhatsApp number and configure its provider's webhook",
      description =
          "The answer's webhookUrl carries the channel's secret token; it is shown only here.")
  public ChannelResponse create(
      @PathParam("clientIdentifier") String clientIdentifier,
      @Valid @NotNull CreateChannelRequest body) {
    Channel channel =
        create.create(
            new CreateChannelCommand(
                caller.reach(clientIdentifier),
                body.platformConfigId(),
                body.name(),
                body.phoneNumber(),
                body.channelType() == null
                    ? ChannelType.WHATSAPP
                    : Slugs.channelType(body.channelType()),
                body.defaultPlatform(),
                body.signMessages()));
    return ChannelResponse.of(channel, webhookUrls.withToken(channel));
  }

  @POST
  @Path("/{channelId}/webhook")
  @Operation(
      operationId = "Channel_configureWebhook",
      summary = "Configure the provider's webhook of a channel again")
  public ChannelResponse configureWebhook(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("channelId") String channelId) {
    return shown(configureWebhook.configureWebhook(caller.reach(clientIdentifier), channelId));
  }

  @GET
  @Operation(operationId = "Channel_get", summary = "List the account's channels")
  public List<ChannelResponse> list(@PathParam("clientIdentifier") String clientIdentifier) {
    return find.list(caller.reach(clientIdentifier)).stream().map(this::shown).toList();
  }

  @GET
  @Path("/{channelId}")
  @Operation(operationId = "Channel_getById", summary = "Get one channel")
  public ChannelResponse get(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("channelId") String channelId) {
    return shown(find.get(caller.reach(clientIdentifier), channelId));
  }

  @GET
  @Path("/{channelId}/status")
  @Operation(
      operationId = "Channel_getStatus",
      summary = "The channel's connection status, as its provider reports it (seed §10.1)")
  public StatusResponse status(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("channelId") String channelId) {
    ChannelStatus s = connection.status(caller.reach(clientIdentifier), channelId);
    return new StatusResponse(s.status(), s.qr(), s.battery(), s.plugged());
  }

  @GET
  @Path("/{channelId}/validate/{contact}")
  @Operation(
      operationId = "Channel_validateNumber",
      summary = "Whether a number is on WhatsApp (seed §10.2; WhatsApp Web only)")
  public ValidationResponse validate(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("channelId") String channelId,
      @PathParam("contact") String contact) {
    NumberValidation v = connection.validate(caller.reach(clientIdentifier), channelId, contact);
    return new ValidationResponse(v.input(), v.isValid(), v.jid(), v.lid(), v.phone());
  }

  private ChannelResponse shown(Channel channel) {
    return ChannelResponse.of(channel, webhookUrls.withoutToken(channel));
  }

  /** Seed §10.1's answer. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(requiredProperties = {"status"})
  public record StatusResponse(String status, String qr, Integer battery, Boolean plugged) {}

  /** Seed §10.2's answer. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      requiredProperties = {"input", "isValid"})
  public record ValidationResponse(
      String input, boolean isValid, String jid, String lid, String phone) {}
}
