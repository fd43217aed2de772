package dev.omnichannel.application.inbound;

import java.util.List;

/** What a webhook call did: one outcome per delivered message, and the statuses taken. */
public record WebhookReceipt(List<InboundOutcome> messages, int statuses) {

  public WebhookReceipt {
    messages = List.copyOf(messages);
  }

  public long count(InboundOutcome outcome) {
    return messages.stream().filter(o -> o == outcome).count();
  }
}
