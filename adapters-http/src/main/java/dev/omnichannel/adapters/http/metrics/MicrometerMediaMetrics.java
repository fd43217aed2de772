package dev.omnichannel.adapters.http.metrics;

import dev.omnichannel.application.media.MediaMetrics;
import dev.omnichannel.domain.channel.Provider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * {@code omnichannel_media_fetched_total{provider,outcome}}, {@code
 * omnichannel_media_stored_bytes_total{provider}} and {@code omnichannel_media_fetch_seconds}.
 */
@ApplicationScoped
public class MicrometerMediaMetrics implements MediaMetrics {

  private final MeterRegistry registry;

  MicrometerMediaMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void fetched(Provider provider, String outcome, long bytes, Duration took) {
    Counter.builder("omnichannel.media.fetched")
        .description("Customers' files fetched from providers, by outcome")
        .tag("provider", provider.slug())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    if (bytes > 0) {
      Counter.builder("omnichannel.media.stored.bytes")
          .description("Bytes of customers' files kept")
          .tag("provider", provider.slug())
          .register(registry)
          .increment(bytes);
    }
    Timer.builder("omnichannel.media.fetch")
        .description("How long fetching and keeping a file took")
        .tag("provider", provider.slug())
        .serviceLevelObjectives(
            Duration.ofMillis(250),
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Duration.ofSeconds(30))
        .register(registry)
        .record(took);
  }
}
