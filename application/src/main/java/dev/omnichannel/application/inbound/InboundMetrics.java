package dev.omnichannel.application.inbound;

import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.message.MessageKind;
import java.time.Duration;

/** Port: counts what webhooks deliver and how long handling them takes. */
public interface InboundMetrics {

  void message(Provider provider, MessageKind kind, InboundOutcome outcome);

  /** A call refused before anything was stored (bad token, unknown channel, bad payload). */
  void rejected(Provider provider, String code);

  void handled(Provider provider, Duration took);

  /** An error the provider reported in a delivery (the Cloud API's {@code value.errors}). */
  void providerError(Provider provider, String code);
}
