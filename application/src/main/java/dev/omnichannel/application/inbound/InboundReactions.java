package dev.omnichannel.application.inbound;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.event.ContactSummary;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionRepository;
import java.util.List;
import java.util.Optional;

/**
 * A reaction is not a new history entry (API.md §10): it sets, or with an empty emoji removes, its
 * author's reaction on the message it points at, and {@code message.reaction} tells the platform. A
 * reaction to a message we do not hold is kept as a message of its own, so nothing is lost.
 */
final class InboundReactions {

  private final MessageRepository messages;
  private final SessionRepository sessions;
  private final EventWriter writer;

  InboundReactions(MessageRepository messages, SessionRepository sessions, EventWriter writer) {
    this.messages = messages;
    this.sessions = sessions;
    this.writer = writer;
  }

  static boolean isReaction(InboundMessage m) {
    return m.kind() == MessageKind.REACTION && m.quotedMessageId() != null;
  }

  /** Applies the reaction when its target is stored; empty when it is not. */
  Optional<InboundOutcome> apply(
      Channel channel, Contact contact, InboundMessage reaction, String author) {
    Optional<Message> target = messages.findByProviderId(channel.id(), reaction.quotedMessageId());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Message reacted =
        target
            .get()
            .reactedBy(
                author, reaction.text() == null ? "" : reaction.text(), reaction.timestamp());
    messages.saveReactions(reacted);
    Optional<Session> session = sessions.find(reacted.clientIdentifier(), reacted.sessionId());
    session.ifPresent(
        s -> {
          // derived from the reaction's own id: a repeated delivery is no second event
          EventId id =
              EventId.derived(
                  EventType.MESSAGE_REACTION, Message.dedupKey(channel.id(), reaction.messageId()));
          sessions.append(
              s.id(),
              writer.outbox(
                  List.of(
                      s.messageEvent(
                          id,
                          EventType.MESSAGE_REACTION,
                          reacted,
                          ContactSummary.of(contact),
                          reaction.timestamp()))),
              null);
          writer.written();
        });
    return Optional.of(InboundOutcome.STORED);
  }
}
