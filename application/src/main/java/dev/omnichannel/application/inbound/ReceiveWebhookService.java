package dev.omnichannel.application.inbound;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.inbound.InboundStatus;
import dev.omnichannel.domain.inbound.WebhookUnauthorizedException;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.StatusError;
import dev.omnichannel.domain.message.StatusUpdate;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores what providers deliver. Without transactions every step is an idempotent write on a unique
 * key — contact by channel and identity, active session by channel and contact, message by channel
 * and provider id, event by its cause — so a repeated or interrupted delivery completes and never
 * doubles.
 */
public class ReceiveWebhookService implements ReceiveWebhookUseCase {

  private static final Logger LOG = Logger.getLogger(ReceiveWebhookService.class.getName());

  private final ChannelRepository channels;
  private final MessageRepository messages;
  private final MessageEvents messageEvents;
  private final InboundMessageStore store;
  private final InboundMetrics metrics;

  public ReceiveWebhookService(
      ChannelRepository channels,
      ContactRepository contacts,
      SessionRepository sessions,
      MessageRepository messages,
      EventStore events,
      EventWriter writer,
      MessageEvents messageEvents,
      InboundMetrics metrics,
      MediaRepository media,
      IdGenerator ids,
      Clock clock) {
    this.channels = channels;
    this.messages = messages;
    this.messageEvents = messageEvents;
    this.metrics = metrics;
    this.store =
        new InboundMessageStore(contacts, sessions, messages, events, writer, media, ids, clock);
  }

  @Override
  public WebhookReceipt receive(WebhookCall call, Supplier<InboundDelivery> read) {
    long start = System.nanoTime();
    try {
      Channel channel = authenticate(call);
      InboundDelivery delivery = read.get();
      List<InboundOutcome> outcomes = new ArrayList<>();
      delivery.messages().forEach(m -> outcomes.add(store(channel, m)));
      delivery.skipped().forEach(s -> outcomes.add(skipped(channel, s.providerId(), s.reason())));
      delivery.statuses().forEach(s -> applyStatus(channel, s));
      delivery.errors().forEach(e -> providerError(channel, e));
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

  /**
   * One message, on its own: a refusal of this one item (a sender that is no WhatsApp address) is
   * logged and counted and leaves its neighbours alone. A failure of the store is not caught: the
   * provider's retry completes the delivery, every step being idempotent.
   */
  private InboundOutcome store(Channel channel, InboundMessage m) {
    InboundOutcome outcome;
    try {
      outcome = store.store(channel, m);
    } catch (DomainException unreadable) {
      return skipped(channel, m.messageId(), unreadable.getMessage());
    }
    metrics.message(channel.provider(), m.kind(), outcome);
    if (m.kind() == MessageKind.UNSUPPORTED && outcome == InboundOutcome.STORED) {
      StatusError why = m.details().reason();
      LOG.log(
          Level.WARNING,
          "Kept a message that is not understood on channel {0} ({1}), provider id {2}: {3}",
          new Object[] {
            channel.id(),
            channel.provider().slug(),
            m.messageId(),
            why == null ? "no reason given" : why.code() + " " + why.title()
          });
    }
    return outcome;
  }

  private InboundOutcome skipped(Channel channel, String providerId, String reason) {
    LOG.log(
        Level.WARNING,
        "Skipped a delivered item on channel {0} ({1}), provider id {2}: {3}",
        new Object[] {channel.id(), channel.provider().slug(), providerId, reason});
    metrics.message(channel.provider(), MessageKind.UNSUPPORTED, InboundOutcome.SKIPPED);
    return InboundOutcome.SKIPPED;
  }

  private void providerError(Channel channel, StatusError error) {
    LOG.log(
        Level.WARNING,
        "The provider reported an error on channel {0} ({1}): {2} {3}",
        new Object[] {channel.id(), channel.provider().slug(), error.code(), error.title()});
    metrics.providerError(channel.provider(), error.code());
  }

  private void applyStatus(Channel channel, InboundStatus s) {
    messages.keepStatus(
        new StatusUpdate(channel.id(), s.messageId(), s.status(), s.timestamp(), s.error()));
    messages
        .applyKeptStatuses(channel.id(), s.messageId())
        .ifPresent(moved -> messageEvents.statusChanged(moved, s.timestamp()));
  }
}
