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
    Copy copy = new Copy(this);
    copy.sessionId = otherSessionId;
    return copy.build();
  }

  public Message withStatus(MessageStatus next) {
    Copy copy = new Copy(this);
    copy.status = next;
    return copy.build();
  }

  /** The same message, saying that a value of it was cut to the limits of API.md §10. */
  public Message cut() {
    Copy copy = new Copy(this);
    copy.truncated = true;
    return copy.build();
  }

  /** The same message with what it carries besides its text. */
  public Message with(MessageDetails carried) {
    Copy copy = new Copy(this);
    copy.details = carried;
    return copy.build();
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
    Copy copy = new Copy(this);
    copy.text = newText;
    copy.edits = edits.after(text, at);
    return copy.build();
  }

  /** This message after {@code author} reacted with {@code emoji} (an empty one takes it away). */
  public Message reactedBy(String author, String emoji, Instant at) {
    Copy copy = new Copy(this);
    copy.reactions = Reaction.apply(reactions, author, emoji, at);
    return copy.build();
  }

  /** The parts of a message that change after it is stored; the rest is copied as it is. */
  private static final class Copy {
    private final Message of;
    private String sessionId;
    private MessageStatus status;
    private String text;
    private boolean truncated;
    private List<Reaction> reactions;
    private MessageDetails details;
    private Edits edits;

    Copy(Message of) {
      this.of = of;
      this.sessionId = of.sessionId;
      this.status = of.status;
      this.text = of.text;
      this.truncated = of.truncated;
      this.reactions = of.reactions;
      this.details = of.details;
      this.edits = of.edits;
    }

    Message build() {
      return new Message(
          of.id,
          of.clientIdentifier,
          sessionId,
          of.channelId,
          of.contactId,
          of.messageId,
          of.direction,
          of.kind,
          text,
          of.mediaUri,
          of.authorId,
          of.authorName,
          of.agentName,
          of.quotedMessageId,
          status,
          of.sentAt,
          of.createdAt,
          of.error,
          truncated,
          reactions,
          details,
          edits);
    }
  }
}
