package dev.omnichannel.application.outbound;

import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.event.ContactSummary;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.SentMessage;
import dev.omnichannel.domain.provider.MessageSender;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The last step of every send, once the rules have said yes: the provider call (measured), then the
 * sent message stored in its session with the provider's id and its {@code message.sent} event, and
 * statuses the provider reported before we stored it applied — looked for on a thread of {@code
 * beside} while the event is written (a direct executor runs it in turn).
 */
public class MessageDispatch {

  private final PlatformConfigRepository configs;
  private final ContactRepository contacts;
  private final MessageRepository messages;
  private final ProviderPorts<MessageSender> senders;
  private final MessageEvents events;
  private final OutboundMetrics metrics;
  private final IdGenerator ids;
  private final Clock clock;
  private final Executor beside;

  public MessageDispatch(
      PlatformConfigRepository configs,
      ContactRepository contacts,
      MessageRepository messages,
      ProviderPorts<MessageSender> senders,
      MessageEvents events,
      OutboundMetrics metrics,
      IdGenerator ids,
      Clock clock,
      Executor beside) {
    this.configs = configs;
    this.contacts = contacts;
    this.messages = messages;
    this.senders = senders;
    this.events = events;
    this.metrics = metrics;
    this.ids = ids;
    this.clock = clock;
    this.beside = beside;
  }

  public Message dispatch(
      Session session, Channel channel, Contact contact, OutboundMessage message) {
    PlatformConfig config =
        configs
            .find(channel.clientIdentifier(), channel.platformConfigId())
            .orElseThrow(
                () -> new NotFoundException("platform config", channel.platformConfigId()));
    String signed = message.signedText(channel.signMessages());
    String to = contact.routingAddress();
    SentMessage sent =
        measured(
            channel.provider(),
            message.kind(),
            () -> senders.of(channel.provider()).send(config, channel, to, message, signed));
    if (sent.waId() != null && !sent.waId().equals(to)) {
      contacts.rememberProviderId(channel.clientIdentifier(), contact.id(), sent.waId());
    }
    Instant now = clock.instant();
    Message stored =
        Message.builder()
            .id(ids.newId())
            .clientIdentifier(channel.clientIdentifier())
            .sessionId(session.id())
            .channelId(channel.id())
            .contactId(contact.id())
            .messageId(sent.messageId())
            .direction(Direction.OUT)
            .kind(message.kind())
            .text(message.text())
            .mediaUri(message.mediaUri() == null ? null : message.mediaUri().toString())
            .agentName(message.agentName())
            .quotedMessageId(message.quotedMessageId())
            .status(MessageStatus.SENT)
            .sentAt(now)
            .createdAt(now)
            .build();
    messages.insertIfAbsent(stored);
    // Statuses the provider reported before the insert are looked for once it is done (a status
    // coming later finds the message), on another thread while the event's write waits for its
    // commit; what they move is announced after message.sent.
    Overlapped<Optional<Message>> kept =
        Overlapped.start(beside, () -> messages.applyKeptStatuses(channel.id(), sent.messageId()));
    events.sent(session, stored, ContactSummary.of(contact));
    kept.join().ifPresent(moved -> events.statusChanged(moved, now));
    return stored;
  }

  private SentMessage measured(Provider provider, MessageKind kind, Supplier<SentMessage> send) {
    long start = System.nanoTime();
    try {
      SentMessage sent = send.get();
      metrics.providerCall(provider, "ok", Duration.ofNanos(System.nanoTime() - start));
      metrics.message(provider, kind, "sent");
      return sent;
    } catch (DomainException e) {
      metrics.providerCall(provider, e.code(), Duration.ofNanos(System.nanoTime() - start));
      metrics.message(provider, kind, e.code());
      throw e;
    }
  }
}
