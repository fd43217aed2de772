package dev.omnichannel.adapters.http.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/message} (seed §3). The seed spells the flag {@code isGroupMesssage};
 * both that and {@code isGroupMessage} are accepted.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    example =
        "{\"recipientNumber\":\"5521977776666-group\",\"text\":\"Olá pessoal do grupo!\",\"isGroupMesssage\":true}")
public record GroupMessageRequest(
    @NotBlank @Size(max = 128) String recipientNumber,
    String text,
    @Size(max = 2048) String mediaUri,
    Boolean isGroupMesssage,
    Boolean isGroupMessage,
    @Size(max = 64) String channelId) {

  boolean flaggedAsGroup() {
    return Boolean.TRUE.equals(isGroupMesssage) || Boolean.TRUE.equals(isGroupMessage);
  }
}
