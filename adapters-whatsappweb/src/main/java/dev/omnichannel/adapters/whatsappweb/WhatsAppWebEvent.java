package dev.omnichannel.adapters.whatsappweb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the gateway posts to our webhook (seed §5.1 {@code MESSAGE}, §1.2 {@code GROUP_MESSAGE};
 * API.md §10 {@code MESSAGE_ACK} with {@code ack} as a name or a whatsapp-web.js number). The
 * timestamp is read as text so seconds, milliseconds and ISO-8601 all reach {@code ProviderTime}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WhatsAppWebEvent(
    String type,
    String id,
    String from,
    String fromUserName,
    String to,
    Body body,
    String timestamp,
    Group groupInfo,
    String quotedMessageId,
    String ack) {

  /**
   * The message itself: text in {@code content}; for a file, its URL in {@code content} with the
   * caption in {@code caption} (the seed), or the file in {@code mediaUrl} with the caption in
   * {@code content}, {@code fileName} and {@code mimeType} beside it.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WhatsAppWebBody")
  record Body(
      String content,
      String type,
      String caption,
      String mediaUrl,
      String fileName,
      String mimeType) {}

  /** The group a {@code GROUP_MESSAGE} was written in. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Group(String id, String name, List<String> participants) {}
}
