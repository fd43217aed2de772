package dev.omnichannel.adapters.http.metrics;

import dev.omnichannel.application.outbound.OutboundMetrics;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.message.MessageKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code omnichannel_outbound_messages_total{provider,kind,outcome}} and {@code
 * omnichannel_provider_calls_seconds{provider,outcome}} (outcome {@code ok} or the error code).
 */
@ApplicationScoped
public class MicrometerOutboundMetrics implements OutboundMetrics {

  private final MeterRegistry registry;

  MicrometerOutboundMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void message(Provider provider, MessageKind kind, String outcome) {
    registry
        .counter(
            "omnichannel.outbound.messages",
            "provider",
            provider.slug(),
            "kind",
            kind.name().toLowerCase(Locale.ROOT),
            "outcome",
            outcome.toLowerCase(Locale.ROOT))
        .increment();
  }

  @Override
  public void providerCall(Provider provider, String outcome, Duration took) {
    Timer.builder("omnichannel.provider.calls")
        .tag("provider", provider.slug())
        .tag("outcome", outcome.toLowerCase(Locale.ROOT))
        .publishPercentileHistogram()
        .register(registry)
        .record(took);
  }

  @Override
  public void signal(Provider provider, String action, String outcome) {
    registry
        .counter(
            "omnichannel.provider.signals",
            "provider",
            provider.slug(),
            "action",
            action,
            "outcome",
            outcome.toLowerCase(Locale.ROOT))
        .increment();
  }
}
