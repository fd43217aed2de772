package dev.omnichannel.application.outbound;

import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.message.MessageKind;
import java.time.Duration;

/** Port: counts sent messages and times provider calls. */
public interface OutboundMetrics {

  /** {@code outcome} is {@code sent} or the refusal's code. */
  void message(Provider provider, MessageKind kind, String outcome);

  void providerCall(Provider provider, String outcome, Duration took);

  /**
   * A signal to the customer: {@code action} {@code read} or {@code typing}; {@code outcome} is
   * {@code ok} or the refusal's code.
   */
  void signal(Provider provider, String action, String outcome);
}
