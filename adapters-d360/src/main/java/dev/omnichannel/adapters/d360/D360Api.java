package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * 360dialog's Messaging API; one API key per number. The webhook path keeps {@code /v1} on Cloud.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface D360Api {

  String API_KEY = "D360-API-KEY";

  @POST
  @Path("/v1/configs/webhook")
  String configureWebhook(@HeaderParam(API_KEY) String apiKey, WebhookConfig config);

  @GET
  @Path("/v1/configs/webhook")
  String readWebhook(@HeaderParam(API_KEY) String apiKey);

  @POST
  @Path("/messages")
  SendResponse send(@HeaderParam(API_KEY) String apiKey, Map<String, Object> message);

  /** A media id's link (5 minutes) and description: {@code {"url","mime_type","sha256",…}}. */
  @GET
  @Path("/{mediaId}")
  MediaInfo media(
      @HeaderParam(API_KEY) String apiKey, @jakarta.ws.rs.PathParam("mediaId") String mediaId);

  @JsonIgnoreProperties(ignoreUnknown = true)
  record MediaInfo(
      String url,
      @com.fasterxml.jackson.annotation.JsonProperty("mime_type") String mimeType,
      String sha256,
      @com.fasterxml.jackson.annotation.JsonProperty("file_size") String fileSize) {}

  /** The Cloud API's read receipt: {@code {"messaging_product","status":"read","message_id"}}. */
  @POST
  @Path("/messages")
  String markRead(@HeaderParam(API_KEY) String apiKey, Map<String, Object> read);

  /** {@code {"contacts":[{"input","wa_id"}],"messages":[{"id"}]}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SendResponse(java.util.List<SentContact> contacts, java.util.List<SentId> messages) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SentContact(
      String input, @com.fasterxml.jackson.annotation.JsonProperty("wa_id") String waId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SentId(String id) {}

  /** Where 360dialog delivers, and the headers it adds to every delivery. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record WebhookConfig(String url, Map<String, String> headers) {}
}
