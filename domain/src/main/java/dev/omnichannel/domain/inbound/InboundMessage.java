package dev.omnichannel.domain.inbound;

import dev.omnichannel.domain.message.MessageKind;
import java.time.Instant;

/**
 * A message a customer wrote, as any provider delivers it. {@code messageId} is the provider's id,
 * or a stable key derived from the delivery where the provider gives none. In a group, {@code from}
 * is the author and {@code group} the conversation.
 */
public record InboundMessage(
    String messageId,
    String from,
    String senderName,
    GroupInfo group,
    Instant timestamp,
    MessageKind kind,
    String text,
    String mediaUri,
    String quotedMessageId) {

  public boolean isGroupMessage() {
    return group != null;
  }
}
