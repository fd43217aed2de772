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

  /** A new message, its values named ({@link MessageBuilder}). */
  public static MessageBuilder builder() {
    return new MessageBuilder();
  }

  /** A copy of this message to change. */
  public MessageBuilder toBuilder() {
    return new MessageBuilder(this);
  }

  public String dedupKey() {
    return dedupKey(channelId, messageId);
  }

  public static String dedupKey(String channelId, String messageId) {
    return channelId + ":" + messageId;
  }

  /** The same message, filed in another session. */
  public Message inSession(String otherSessionId) {
    return toBuilder().sessionId(otherSessionId).build();
  }

  public Message withStatus(MessageStatus next) {
    return toBuilder().status(next).build();
  }

  /** The same message, saying that a value of it was cut to the limits of API.md §10. */
  public Message cut() {
    return toBuilder().truncated(true).build();
  }

  /** The same message with what it carries besides its text. */
  public Message with(MessageDetails carried) {
    return toBuilder().details(carried).build();
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
    return toBuilder().text(newText).edits(edits.after(text, at)).build();
  }

  /** This message after {@code author} reacted with {@code emoji} (an empty one takes it away). */
  public Message reactedBy(String author, String emoji, Instant at) {
    return toBuilder().reactions(Reaction.apply(reactions, author, emoji, at)).build();
  }
}
