package dev.omnichannel.domain.inbound;

import dev.omnichannel.domain.message.StatusError;
import java.util.List;

/**
 * Everything one webhook call delivered, translated out of the provider's format. An item that
 * could not be read at all (no id, no sender) is {@code skipped} with its reason, never failing its
 * neighbours (API.md §10). {@code errors} are what the provider itself reported as going wrong (the
 * Cloud API's {@code value.errors}): logged and counted.
 */
public record InboundDelivery(
    List<InboundMessage> messages,
    List<InboundStatus> statuses,
    List<Skipped> skipped,
    List<StatusError> errors) {

  /** An item left out: the provider's id when it had one, and why. Never the item's text. */
  public record Skipped(String providerId, String reason) {}

  public InboundDelivery {
    messages = List.copyOf(messages);
    statuses = List.copyOf(statuses);
    skipped = List.copyOf(skipped);
    errors = List.copyOf(errors);
  }

  public InboundDelivery(
      List<InboundMessage> messages, List<InboundStatus> statuses, List<Skipped> skipped) {
    this(messages, statuses, skipped, List.of());
  }

  public InboundDelivery(List<InboundMessage> messages, List<InboundStatus> statuses) {
    this(messages, statuses, List.of());
  }
}
