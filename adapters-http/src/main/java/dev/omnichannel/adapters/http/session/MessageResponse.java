package dev.omnichannel.adapters.http.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.StatusError;
import java.util.List;
import java.util.Map;

/** A message of a session's history; fields without a value are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    requiredProperties = {"_id", "sessionId", "direction", "kind", "createdAt"})
public record MessageResponse(
    @JsonProperty("_id") String id,
    String sessionId,
    String messageId,
    String direction,
    String kind,
    String text,
    String mediaUri,
    String authorId,
    String authorName,
    String agentName,
    String quotedMessageId,
    String status,
    String sentAt,
    String createdAt,
    StatusError error,
    Boolean truncated,
    List<ReactionResponse> reactions,
    String editedAt,
    List<String> edits,
    @JsonUnwrapped Carried carried) {

  /** One person's reaction: who, which emoji, when. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      requiredProperties = {"author", "emoji"})
  public record ReactionResponse(String author, String emoji, String at) {}

  /** What the message carries besides its text (API.md §10), each part left out when absent. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Carried(
      MediaView media,
      MessageDetails.Location location,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
              implementation = ContactCardSchema.class)
          List<Map<String, Object>> contacts,
      MessageDetails.Reply reply,
      MessageDetails.Referral referral,
      Boolean forwarded,
      Boolean frequentlyForwarded,
      MessageDetails.Order order,
      MessageDetails.SystemNotice system,
      StatusError reason,
      String providerTimestamp) {

    static Carried of(MessageDetails d) {
      return new Carried(
          MediaView.of(d),
          d.location(),
          d.contacts(),
          d.reply(),
          d.referral(),
          d.forwarding() == null ? null : d.forwarding().forwarded(),
          d.forwarding() == null ? null : d.forwarding().frequentlyForwarded(),
          d.order(),
          d.system(),
          d.reason(),
          d.providerTimestamp());
    }
  }

  public static MessageResponse of(Message m) {
    return new MessageResponse(
        m.id(),
        m.sessionId(),
        m.messageId(),
        Slugs.of(m.direction()),
        Slugs.of(m.kind()),
        m.text(),
        m.mediaUri(),
        m.authorId(),
        m.authorName(),
        m.agentName(),
        m.quotedMessageId(),
        Slugs.of(m.status()),
        ApiTime.format(m.sentAt()),
        ApiTime.format(m.createdAt()),
        m.error(),
        m.truncated() ? Boolean.TRUE : null,
        m.reactions().isEmpty()
            ? null
            : m.reactions().stream()
                .map(r -> new ReactionResponse(r.author(), r.emoji(), ApiTime.format(r.at())))
                .toList(),
        m.edits().isEmpty() ? null : ApiTime.format(m.edits().editedAt()),
        m.edits().isEmpty() ? null : m.edits().earlier(),
        Carried.of(m.details()));
  }
}
