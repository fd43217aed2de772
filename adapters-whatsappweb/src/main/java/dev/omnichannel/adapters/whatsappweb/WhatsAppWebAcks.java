package dev.omnichannel.adapters.whatsappweb;

import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundStatus;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.ProviderTime;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A gateway's acknowledgement of a message we sent (API.md §10): {@code ack} by name, or as
 * whatsapp-web.js numbers it ({@code -1} error, {@code 0} pending, {@code 1} server, {@code 2}
 * device, {@code 3} read, {@code 4} played). It enters the same status path as 360dialog's, where
 * the domain decides which status wins.
 */
final class WhatsAppWebAcks {

  private static final Map<String, MessageStatus> ACKS =
      Map.ofEntries(
          Map.entry("sent", MessageStatus.SENT),
          Map.entry("server", MessageStatus.SENT),
          Map.entry("1", MessageStatus.SENT),
          Map.entry("delivered", MessageStatus.DELIVERED),
          Map.entry("device", MessageStatus.DELIVERED),
          Map.entry("2", MessageStatus.DELIVERED),
          Map.entry("read", MessageStatus.READ),
          Map.entry("3", MessageStatus.READ),
          Map.entry("played", MessageStatus.PLAYED),
          Map.entry("4", MessageStatus.PLAYED),
          Map.entry("failed", MessageStatus.FAILED),
          Map.entry("error", MessageStatus.FAILED),
          Map.entry("-1", MessageStatus.FAILED));

  private WhatsAppWebAcks() {}

  static InboundDelivery translate(WhatsAppWebEvent event, Clock clock) {
    String ack = event.ack() == null ? "" : event.ack().trim().toLowerCase(Locale.ROOT);
    if (ack.equals("0") || ack.equals("pending")) {
      return new InboundDelivery(List.of(), List.of()); // still on the phone: nothing to move
    }
    MessageStatus status = ACKS.get(ack);
    if (event.id() == null || event.id().isBlank() || status == null) {
      return new InboundDelivery(
          List.of(),
          List.of(),
          List.of(new InboundDelivery.Skipped(event.id(), "an acknowledgement we do not track")));
    }
    return new InboundDelivery(
        List.of(),
        List.of(
            new InboundStatus(
                event.id(),
                status,
                ProviderTime.of(event.timestamp(), clock.instant()),
                event.from(),
                null)),
        List.of());
  }
}
