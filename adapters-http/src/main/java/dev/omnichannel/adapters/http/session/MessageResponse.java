package dev.omnichannel.adapters.http.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.StatusError;
import java.util.List;
import java.util.Map;

/** A message of a session's history; fields without a value are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
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
    MessageDetails.Media media,
    MessageDetails.Location location,
    List<Map<String, Object>> contacts,
    MessageDetails.Reply reply,
    MessageDetails.Referral referral,
    Boolean forwarded,
    Boolean frequentlyForwarded,
    String editedAt,
    List<String> edits) {

  /** One person's reaction: who, which emoji, when. */
  public record ReactionResponse(String author, String emoji, String at) {}

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
        m.details().media(),
        m.details().location(),
        m.details().contacts(),
        m.details().reply(),
        m.details().referral(),
        m.details().forwarding() == null ? null : m.details().forwarding().forwarded(),
        m.details().forwarding() == null ? null : m.details().forwarding().frequentlyForwarded(),
        m.edits().isEmpty() ? null : ApiTime.format(m.edits().editedAt()),
        m.edits().isEmpty() ? null : m.edits().earlier());
  }
}
