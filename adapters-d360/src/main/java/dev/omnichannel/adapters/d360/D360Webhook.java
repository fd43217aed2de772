package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What 360dialog posts: the flat on-premise form of the seed (§5.2, §4.2), or the Cloud API
 * envelope {@code {"object":"whatsapp_business_account","entry":[{"changes":[{"value":…}]}]}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record D360Webhook(
    String object,
    List<Entry> entry,
    List<JsonNode> messages,
    List<Profile> contacts,
    List<Status> statuses,
    List<JsonNode> errors) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(String id, List<Change> changes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "D360Change")
  record Change(String field, Value value) {}

  /** One change's content: the same groups as the flat form. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Value(
      List<JsonNode> messages,
      List<Profile> contacts,
      List<Status> statuses,
      List<JsonNode> errors) {}

  /** One message; read on its own, so one that cannot be read never fails its neighbours. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Msg(
      String id,
      String from,
      @JsonProperty("from_user_id") String fromUserId,
      String timestamp,
      String type,
      Text text,
      Media image,
      Media audio,
      Media video,
      Media document,
      Media sticker,
      Location location,
      List<JsonNode> contacts,
      Interactive interactive,
      Button button,
      Reaction reaction,
      Context context,
      Referral referral,
      Revoke revoke,
      Edit edit,
      Order order,
      SystemNotice system,
      List<StatusError> errors) {}

  /** A cart from the business's catalog. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Order(
      @JsonProperty("catalog_id") String catalogId,
      String text,
      @JsonProperty("product_items") List<OrderItem> productItems) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrderItem(
      @JsonProperty("product_retailer_id") String productRetailerId,
      Integer quantity,
      @JsonProperty("item_price") Double itemPrice,
      String currency) {}

  /** WhatsApp's own notice, e.g. {@code user_changed_number} with {@code new_wa_id}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SystemNotice(
      String body,
      String type,
      @JsonProperty("new_wa_id") String newWaId,
      String identity,
      String customer) {}

  /** A customer changed a message they sent: its id and the message as it now is. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Edit(@JsonProperty("original_message_id") String originalMessageId, Msg message) {}

  /** A customer deleted a message they sent (Meta's {@code revoke} webhook). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Revoke(@JsonProperty("original_message_id") String originalMessageId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Text(String body) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Media(
      String id,
      String link,
      String caption,
      String filename,
      @JsonProperty("mime_type") String mimeType,
      String sha256,
      Boolean voice,
      Boolean animated) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Location(Double latitude, Double longitude, String name, String address, String url) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Interactive(
      String type,
      @JsonProperty("button_reply") Reply buttonReply,
      @JsonProperty("list_reply") Reply listReply,
      @JsonProperty("nfm_reply") FlowReply nfmReply) {}

  /** A WhatsApp Flow's answer: its name, a body and the filled-in fields as a JSON string. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record FlowReply(String name, String body, @JsonProperty("response_json") String responseJson) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "D360Reply")
  record Reply(String id, String title, String description) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Button(String payload, String text) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Reaction(@JsonProperty("message_id") String messageId, String emoji) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Context(
      String from,
      String id,
      Boolean forwarded,
      @JsonProperty("frequently_forwarded") Boolean frequentlyForwarded) {}

  /** The click-to-WhatsApp ad the message came from. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Referral(
      @JsonProperty("source_url") String sourceUrl,
      @JsonProperty("source_id") String sourceId,
      @JsonProperty("source_type") String sourceType,
      String headline,
      String body,
      @JsonProperty("ctwa_clid") String ctwaClid) {}

  /** {@code contacts[]}: who wrote, by WhatsApp id and, on the Cloud API, by BSUID. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Profile(
      @JsonProperty("wa_id") String waId,
      @JsonProperty("user_id") String userId,
      ProfileName profile) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ProfileName(String name, String username) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Status(
      String id,
      String status,
      String timestamp,
      @JsonProperty("recipient_id") String recipientId,
      List<StatusError> errors) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "D360StatusError")
  record StatusError(
      Integer code,
      String title,
      String message,
      @JsonProperty("error_data") ErrorData errorData) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorData(String details) {}
}
