package dev.omnichannel.application.inbound;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.inbound.GroupInfo;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.inbound.InboundStatus;
import dev.omnichannel.domain.inbound.WebhookUnauthorizedException;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.StatusUpdate;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stores what providers deliver. Without transactions every step is an idempotent write on a unique
 * key — contact by channel and identity, active session by channel and contact, message by channel
 * and provider id — so a repeated or interrupted delivery completes and never doubles.
 */
public class ReceiveWebhookService implements ReceiveWebhookUseCase {

  private final ChannelRepository channels;
  private final ContactRepository contacts;
  private final SessionRepository sessions;
  private final MessageRepository messages;
  private final InboundMetrics metrics;
  private final IdGenerator ids;
  private final Clock clock;

  public ReceiveWebhookService(
      ChannelRepository channels,
      ContactRepository contacts,
      SessionRepository sessions,
      MessageRepository messages,
      InboundMetrics metrics,
      IdGenerator ids,
      Clock clock) {
    this.channels = channels;
    this.contacts = contacts;
    this.sessions = sessions;
    this.messages = messages;
    this.metrics = metrics;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public WebhookReceipt receive(WebhookCall call, Supplier<InboundDelivery> read) {
    long start = System.nanoTime();
    try {
      Channel channel = authenticate(call);
      InboundDelivery delivery = read.get();
      List<InboundOutcome> outcomes =
          delivery.messages().stream().map(m -> store(channel, m)).toList();
      delivery.statuses().forEach(s -> applyStatus(channel, s));
      return new WebhookReceipt(outcomes, delivery.statuses().size());
    } catch (DomainException e) {
      metrics.rejected(call.provider(), e.code());
      throw e;
    } finally {
      metrics.handled(call.provider(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private Channel authenticate(WebhookCall call) {
    Channel channel =
        channels
            .findById(call.channelId())
            .filter(c -> c.belongsTo(call.platformConfigId()) && c.provider() == call.provider())
            .orElseThrow(() -> new NotFoundException("channel", call.channelId()));
    if (!channel.webhookToken().matches(call.token())) {
      throw new WebhookUnauthorizedException();
    }
    return channel;
  }

  private InboundOutcome store(Channel channel, InboundMessage m) {
    InboundOutcome outcome = storeOnce(channel, m);
    metrics.message(channel.provider(), m.kind(), outcome);
    return outcome;
  }

  private InboundOutcome storeOnce(Channel channel, InboundMessage m) {
    if (messages.exists(channel.id(), m.messageId())) {
      return InboundOutcome.DUPLICATE;
    }
    Instant now = clock.instant();
    Contact contact = contacts.importContact(contactOf(channel, m), ids.newId(), now);
    if (contact.isIgnored()) {
      return InboundOutcome.IGNORED;
    }
    Session session =
        sessions.findActiveOrOpen(
            channel.id(), contact.id(), () -> Session.openFor(ids.newId(), channel, contact, now));
    Message message =
        new Message(
            ids.newId(),
            channel.clientIdentifier(),
            session.id(),
            channel.id(),
            contact.id(),
            m.messageId(),
            Direction.IN,
            m.kind(),
            m.text(),
            m.mediaUri(),
            m.isGroupMessage() ? author(m.from()) : null,
            m.isGroupMessage() ? m.senderName() : null,
            null,
            m.quotedMessageId(),
            MessageStatus.RECEIVED,
            m.timestamp(),
            now);
    if (!messages.insertIfAbsent(message)) {
      return InboundOutcome.DUPLICATE;
    }
    messages.applyKeptStatuses(channel.id(), m.messageId());
    return InboundOutcome.STORED;
  }

  private static ContactImport contactOf(Channel channel, InboundMessage m) {
    if (m.isGroupMessage()) {
      GroupInfo group = m.group();
      return new ContactImport(
          channel.clientIdentifier(),
          channel.id(),
          ContactIdentifier.group(group.id()),
          ContactType.GROUP,
          channel.channelType(),
          group.name(),
          group.participants().stream().map(ReceiveWebhookService::author).distinct().toList(),
          null);
    }
    ContactIdentifier sender = ContactIdentifier.of(ContactType.INDIVIDUAL, m.from());
    return new ContactImport(
        channel.clientIdentifier(),
        channel.id(),
        sender,
        ContactType.INDIVIDUAL,
        channel.channelType(),
        m.senderName(),
        List.of(),
        sender.value());
  }

  /** A group member by number when it is one; WhatsApp's privacy ids (LIDs) are kept as given. */
  private static String author(String from) {
    try {
      return PhoneNumber.parse(from, "from").digits();
    } catch (DomainException notANumber) {
      return from;
    }
  }

  private void applyStatus(Channel channel, InboundStatus s) {
    messages.keepStatus(
        new StatusUpdate(channel.id(), s.messageId(), s.status(), s.timestamp(), s.errorCode()));
    messages.applyKeptStatuses(channel.id(), s.messageId());
  }
}
