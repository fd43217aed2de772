package dev.omnichannel.adapters.http.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/message/send} (seed §2, §4.3, §4.4). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    example =
        "{\"sessionId\":\"64cbbd9596429dbccd7841e5\",\"text\":\"Olá! Como posso ajudar?\",\"agentName\":\"Maria\"}")
public record SendMessageRequest(
    @NotBlank @Size(max = 64) String sessionId,
    String text,
    @Size(max = 2048) String mediaUri,
    @Valid InteractiveRequest interactive,
    @Valid QuotedMessage quotedMessage,
    @Size(max = 120) String agentName,
    @Size(min = 1, max = 64) String mediaId) {

  /** The message answered: {@code id} is the provider's id or ours; {@code message} is ignored. */
  public record QuotedMessage(@NotBlank String id, String message) {}
}
