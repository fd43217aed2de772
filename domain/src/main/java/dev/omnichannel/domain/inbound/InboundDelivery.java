package dev.omnichannel.domain.inbound;

import java.util.List;

/** Everything one webhook call delivered, translated out of the provider's format. */
public record InboundDelivery(List<InboundMessage> messages, List<InboundStatus> statuses) {

  public InboundDelivery {
    messages = List.copyOf(messages);
    statuses = List.copyOf(statuses);
  }
}
