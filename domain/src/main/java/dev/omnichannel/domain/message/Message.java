package dev.omnichannel.domain.message;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;

/**
 * One message of a session, in or out. {@code messageId} is the provider's id; together with the
 * channel it makes {@link #dedupKey()}, which is stored once however often a provider delivers it.
 */
public record Message(
    String id,
    ClientIdentifier clientIdentifier,
    String sessionId,
    String channelId,
    String contactId,
    String messageId,
    Direction direction,
    MessageKind kind,
    String text,
    String mediaUri,
    String authorId,
    String authorName,
    String agentName,
    String quotedMessageId,
    MessageStatus status,
    Instant sentAt,
    Instant createdAt) {

  public String dedupKey() {
    return dedupKey(channelId, messageId);
  }

  public static String dedupKey(String channelId, String messageId) {
    return channelId + ":" + messageId;
  }

  /** The same message, filed in another session. */
  public Message inSession(String otherSessionId) {
    return new Message(
        id,
        clientIdentifier,
        otherSessionId,
        channelId,
        contactId,
        messageId,
        direction,
        kind,
        text,
        mediaUri,
        authorId,
        authorName,
        agentName,
        quotedMessageId,
        status,
        sentAt,
        createdAt);
  }

  public Message withStatus(MessageStatus next) {
    return new Message(
        id,
        clientIdentifier,
        sessionId,
        channelId,
        contactId,
        messageId,
        direction,
        kind,
        text,
        mediaUri,
        authorId,
        authorName,
        agentName,
        quotedMessageId,
        next,
        sentAt,
        createdAt);
  }
}
