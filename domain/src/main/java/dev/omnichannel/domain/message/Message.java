package dev.omnichannel.domain.message;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;

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
    boolean truncated,
    List<Reaction> reactions,
    MessageDetails details,
    Edits edits) {

  public Message {
    reactions = reactions == null ? List.of() : List.copyOf(reactions);
    details = details == null ? MessageDetails.NONE : details;
    edits = edits == null ? Edits.NONE : edits;
  }

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
        false,
        List.of(),
        MessageDetails.NONE,
        Edits.NONE);
  }

  public String dedupKey() {
    return dedupKey(channelId, messageId);
  }

  public static String dedupKey(String channelId, String messageId) {
    return channelId + ":" + messageId;
  }

  /** The same message, filed in another session. */
  public Message inSession(String otherSessionId) {
    return copy(otherSessionId, status, truncated, reactions, details);
  }

  public Message withStatus(MessageStatus next) {
    return copy(sessionId, next, truncated, reactions, details);
  }

  /** The same message, saying that a value of it was cut to the limits of API.md §10. */
  public Message cut() {
    return copy(sessionId, status, true, reactions, details);
  }

  /** The same message with what it carries besides its text. */
  public Message with(MessageDetails carried) {
    return copy(sessionId, status, truncated, reactions, carried);
  }

  /**
   * This message after its author changed its text at {@code at}: the earlier text is kept in
   * {@code edits}. The same edit delivered again, or a late one older than the last applied,
   * changes nothing.
   */
  public Message editedTo(String newText, Instant at) {
    if (java.util.Objects.equals(newText, text)
        || (edits.editedAt() != null && at.isBefore(edits.editedAt()))) {
      return this;
    }
    return new Message(
        id,
        clientIdentifier,
        sessionId,
        channelId,
        contactId,
        messageId,
        direction,
        kind,
        newText,
        mediaUri,
        authorId,
        authorName,
        agentName,
        quotedMessageId,
        status,
        sentAt,
        createdAt,
        error,
        truncated,
        reactions,
        details,
        edits.after(text, at));
  }

  /** This message after {@code author} reacted with {@code emoji} (an empty one takes it away). */
  public Message reactedBy(String author, String emoji, Instant at) {
    return copy(
        sessionId, status, truncated, Reaction.apply(reactions, author, emoji, at), details);
  }

  private Message copy(
      String inSession,
      MessageStatus withStatus,
      boolean wasCut,
      List<Reaction> withReactions,
      MessageDetails carried) {
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
        wasCut,
        withReactions,
        carried,
        edits);
  }
}
