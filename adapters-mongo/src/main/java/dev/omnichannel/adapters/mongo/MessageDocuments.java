package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Edits;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.Reaction;
import dev.omnichannel.domain.message.StatusError;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;

/** A message as stored in {@code messages}, and back. */
final class MessageDocuments {

  private MessageDocuments() {}

  /** An enum's stored form: its name in lower case. */
  static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static MessageDocument toDocument(Message m) {
    MessageDocument d = new MessageDocument();
    d.id = new ObjectId(m.id());
    d.clientIdentifier = m.clientIdentifier().value();
    d.sessionId = m.sessionId();
    d.channelId = m.channelId();
    d.contactId = m.contactId();
    d.messageId = m.messageId();
    d.dedupKey = m.dedupKey();
    d.direction = slug(m.direction());
    d.kind = slug(m.kind());
    d.text = m.text();
    d.mediaUri = m.mediaUri();
    d.authorId = m.authorId();
    d.authorName = m.authorName();
    d.agentName = m.agentName();
    d.quotedMessageId = m.quotedMessageId();
    d.status = slug(m.status());
    d.sentAt = m.sentAt();
    d.createdAt = m.createdAt();
    d.truncated = m.truncated() ? Boolean.TRUE : null;
    d.details = MessageDetailsDocuments.toDocument(m.details());
    return d;
  }

  static Message toDomain(MessageDocument d) {
    return Message.builder()
        .id(d.id.toHexString())
        .clientIdentifier(ClientIdentifier.of(d.clientIdentifier))
        .sessionId(d.sessionId)
        .channelId(d.channelId)
        .contactId(d.contactId)
        .messageId(d.messageId)
        .direction(Direction.valueOf(d.direction.toUpperCase(Locale.ROOT)))
        .kind(MessageKind.valueOf(d.kind.toUpperCase(Locale.ROOT)))
        .text(d.text)
        .mediaUri(d.mediaUri)
        .authorId(d.authorId)
        .authorName(d.authorName)
        .agentName(d.agentName)
        .quotedMessageId(d.quotedMessageId)
        .status(MessageStatus.valueOf(d.status.toUpperCase(Locale.ROOT)))
        .sentAt(d.sentAt)
        .createdAt(d.createdAt)
        .error(
            d.errorCode == null && d.errorTitle == null
                ? null
                : new StatusError(d.errorCode, d.errorTitle, d.errorDetail))
        .truncated(Boolean.TRUE.equals(d.truncated))
        .reactions(
            d.reactions == null
                ? List.of()
                : d.reactions.stream().map(r -> new Reaction(r.author, r.emoji, r.at)).toList())
        .details(MessageDetailsDocuments.toDomain(d.details))
        .edits(d.editedAt == null ? Edits.NONE : new Edits(d.editedAt, d.edits))
        .build();
  }

  /** A message's reactions as stored. */
  static List<Document> reactions(Message message) {
    return message.reactions().stream()
        .map(
            r ->
                new Document("author", r.author())
                    .append("emoji", r.emoji())
                    .append("at", Date.from(r.at())))
        .toList();
  }

  /** The fields a kept status sets: the status, and a failure's error when it is one. */
  static Document status(MessageStatus target, List<StatusDocument> kept) {
    Document set = new Document("status", slug(target));
    if (target == MessageStatus.FAILED) {
      kept.stream()
          .filter(s -> slug(MessageStatus.FAILED).equals(s.status))
          .findFirst()
          .ifPresent(
              failed ->
                  set.append("errorCode", failed.errorCode)
                      .append("errorTitle", failed.errorTitle)
                      .append("errorDetail", failed.errorDetail));
    }
    return set;
  }
}
