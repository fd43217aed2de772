package dev.omnichannel.adapters.whatsappweb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The WhatsApp Web gateway's HTTP API, one instance per {@code clientNumber} (seed §9, §10).
 * Answers are read as text and parsed by {@link WhatsAppWebCalls}: self-hosted gateways do not
 * always say their answer is JSON.
 */
@Produces(MediaType.APPLICATION_JSON)
interface WhatsAppWebApi {

  @GET
  @Path("/{clientNumber}/setWebhook")
  String setWebhook(@PathParam("clientNumber") String clientNumber, @QueryParam("url") String url);

  @GET
  @Path("/{clientNumber}/status")
  String status(@PathParam("clientNumber") String clientNumber);

  @GET
  @Path("/{clientNumber}/validate/{contact}")
  String validate(
      @PathParam("clientNumber") String clientNumber, @PathParam("contact") String contact);

  @POST
  @Path("/{clientNumber}/send")
  @Consumes(MediaType.APPLICATION_JSON)
  String send(@PathParam("clientNumber") String clientNumber, SendRequest request);

  @DELETE
  @Path("/{clientNumber}/message/{id}")
  String delete(@PathParam("clientNumber") String clientNumber, @PathParam("id") String id);

  @GET
  @Path("/{clientNumber}/profile-picture/{contact}")
  String profilePicture(
      @PathParam("clientNumber") String clientNumber, @PathParam("contact") String contact);

  /** The gateway contract for profile photos: where the picture is. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ProfilePicture(String url) {}

  @POST
  @Path("/{clientNumber}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  String read(@PathParam("clientNumber") String clientNumber, ReadRequest request);

  @POST
  @Path("/{clientNumber}/presence")
  @Consumes(MediaType.APPLICATION_JSON)
  String presence(@PathParam("clientNumber") String clientNumber, PresenceRequest request);

  /** The gateway contract for read receipts (docs/providers.md): the chat read. */
  record ReadRequest(String chatId) {}

  /** The gateway contract for the typing indicator: {@code state} is typing or paused. */
  record PresenceRequest(String to, String state) {}

  /** The gateway contract for sending (docs/providers.md); absent fields are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SendRequest(String to, String text, String mediaUri, String quotedMessageId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SendResponse(String id) {}

  /** Seed §10.1; {@code battery} and {@code plugged} are gone on multi-device gateways. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record GatewayStatus(String status, String qr, Integer battery, Boolean plugged) {}

  /** Seed §10.2. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record GatewayValidation(String input, Boolean isValid, String jid, String lid, String phone) {}
}
