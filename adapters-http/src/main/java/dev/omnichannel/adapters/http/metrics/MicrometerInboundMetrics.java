package dev.omnichannel.adapters.http.metrics;

import dev.omnichannel.application.inbound.InboundMetrics;
import dev.omnichannel.application.inbound.InboundOutcome;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.message.MessageKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code omnichannel_inbound_messages_total{provider,kind,outcome}} and {@code
 * omnichannel_webhook_handling_seconds{provider}} in Prometheus terms.
 */
@ApplicationScoped
public class MicrometerInboundMetrics implements InboundMetrics {

  private final MeterRegistry registry;

  MicrometerInboundMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void message(Provider provider, MessageKind kind, InboundOutcome outcome) {
    registry
        .counter(
            "omnichannel.inbound.messages",
            "provider",
            provider.slug(),
            "kind",
            kind.name().toLowerCase(Locale.ROOT),
            "outcome",
            outcome.name().toLowerCase(Locale.ROOT))
        .increment();
  }

  @Override
  public void rejected(Provider provider, String code) {
    registry
        .counter(
            "omnichannel.inbound.messages",
            "provider",
            provider.slug(),
            "kind",
            "unknown",
            "outcome",
            InboundOutcome.REJECTED.name().toLowerCase(Locale.ROOT))
        .increment();
  }

  @Override
  public void handled(Provider provider, Duration took) {
    Timer.builder("omnichannel.webhook.handling")
        .tag("provider", provider.slug())
        .publishPercentileHistogram()
        .register(registry)
        .record(took);
  }

  @Override
  public void providerError(Provider provider, String code) {
    registry
        .counter(
            "omnichannel.webhook.provider.errors",
            "provider",
            provider.slug(),
            "code",
            code == null || !code.matches("\\d{1,7}") ? "other" : code)
        .increment();
  }
}
