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
    Instant createdAt,
    StatusError error,
    boolean truncated) {

  /** A message without a failure reason (every message until a provider reports one). */
  public Message(
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
    this(
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
        status,
        sentAt,
        createdAt,
        null,
        false);
  }

  public String dedupKey() {
    return dedupKey(channelId, messageId);
  }

  public static String dedupKey(String channelId, String messageId) {
    return channelId + ":" + messageId;
  }

  /** The same message, filed in another session. */
  public Message inSession(String otherSessionId) {
    return copy(otherSessionId, status, truncated);
  }

  public Message withStatus(MessageStatus next) {
    return copy(sessionId, next, truncated);
  }

  /** The same message, saying that a value of it was cut to the limits of API.md §10. */
  public Message cut() {
    return copy(sessionId, status, true);
  }

  private Message copy(String inSession, MessageStatus withStatus, boolean wasCut) {
    return new Message(
        id,
        clientIdentifier,
        inSession,
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
        withStatus,
        sentAt,
        createdAt,
        error,
        wasCut);
  }
}
