package dev.omnichannel.domain.message;

import java.time.Instant;

/** A provider's word that a message it carries reached a status (seed §4.2); a failure says why. */
public record StatusUpdate(
    String channelId, String messageId, MessageStatus status, Instant at, StatusError error) {

  public String dedupKey() {
    return Message.dedupKey(channelId, messageId);
  }
}
