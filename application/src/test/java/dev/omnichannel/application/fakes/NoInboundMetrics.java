package dev.omnichannel.application.fakes;

import dev.omnichannel.application.inbound.InboundMetrics;
import dev.omnichannel.application.inbound.InboundOutcome;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.message.MessageKind;
import java.time.Duration;

/** Inbound metrics nobody reads. */
public final class NoInboundMetrics implements InboundMetrics {

  @Override
  public void message(Provider provider, MessageKind kind, InboundOutcome outcome) {}

  @Override
  public void rejected(Provider provider, String code) {}

  @Override
  public void handled(Provider provider, Duration took) {}

  @Override
  public void providerError(Provider provider, String code) {}
}
