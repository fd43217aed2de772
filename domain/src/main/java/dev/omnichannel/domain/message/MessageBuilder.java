package dev.omnichannel.domain.message;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;

/**
 * A {@link Message} by name: {@code Message.builder()} for a new one (no failure, reaction, detail
 * or edit until set), {@link Message#toBuilder()} for a changed copy.
 */
public final class MessageBuilder {
  private String id;
  private ClientIdentifier clientIdentifier;
  private String sessionId;
  private String channelId;
  private String contactId;
  private String messageId;
  private Direction direction;
  private MessageKind kind;
  private String text;
  private String mediaUri;
  private String authorId;
  private String authorName;
  private String agentName;
  private String quotedMessageId;
  private MessageStatus status;
  private Instant sentAt;
  private Instant createdAt;
  private StatusError error;
  private boolean truncated;
  private List<Reaction> reactions;
  private MessageDetails details;
  private Edits edits;

  MessageBuilder() {}

  MessageBuilder(Message m) {
    id = m.id();
    clientIdentifier = m.clientIdentifier();
    sessionId = m.sessionId();
    channelId = m.channelId();
    contactId = m.contactId();
    messageId = m.messageId();
    direction = m.direction();
    kind = m.kind();
    text = m.text();
    mediaUri = m.mediaUri();
    authorId = m.authorId();
    authorName = m.authorName();
    agentName = m.agentName();
    quotedMessageId = m.quotedMessageId();
    status = m.status();
    sentAt = m.sentAt();
    createdAt = m.createdAt();
    error = m.error();
    truncated = m.truncated();
    reactions = m.reactions();
    details = m.details();
    edits = m.edits();
  }

  public MessageBuilder id(String v) {
    id = v;
    return this;
  }

  public MessageBuilder clientIdentifier(ClientIdentifier v) {
    clientIdentifier = v;
    return this;
  }

  public MessageBuilder sessionId(String v) {
    sessionId = v;
    return this;
  }

  public MessageBuilder channelId(String v) {
    channelId = v;
    return this;
  }

  public MessageBuilder contactId(String v) {
    contactId = v;
    return this;
  }

  public MessageBuilder messageId(String v) {
    messageId = v;
    return this;
  }

  public MessageBuilder direction(Direction v) {
    direction = v;
    return this;
  }

  public MessageBuilder kind(MessageKind v) {
    kind = v;
    return this;
  }

  public MessageBuilder text(String v) {
    text = v;
    return this;
  }

  public MessageBuilder mediaUri(String v) {
    mediaUri = v;
    return this;
  }

  public MessageBuilder authorId(String v) {
    authorId = v;
    return this;
  }

  public MessageBuilder authorName(String v) {
    authorName = v;
    return this;
  }

  public MessageBuilder agentName(String v) {
    agentName = v;
    return this;
  }

  public MessageBuilder quotedMessageId(String v) {
    quotedMessageId = v;
    return this;
  }

  public MessageBuilder status(MessageStatus v) {
    status = v;
    return this;
  }

  public MessageBuilder sentAt(Instant v) {
    sentAt = v;
    return this;
  }

  public MessageBuilder createdAt(Instant v) {
    createdAt = v;
    return this;
  }

  public MessageBuilder error(StatusError v) {
    error = v;
    return this;
  }

  public MessageBuilder truncated(boolean v) {
    truncated = v;
    return this;
  }

  public MessageBuilder reactions(List<Reaction> v) {
    reactions = v;
    return this;
  }

  public MessageBuilder details(MessageDetails v) {
    details = v;
    return this;
  }

  public MessageBuilder edits(Edits v) {
    edits = v;
    return this;
  }

  public Message build() {
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
        status,
        sentAt,
        createdAt,
        error,
        truncated,
        reactions,
        details,
        edits);
  }
}
