package dev.omnichannel.adapters.http.event;

import dev.omnichannel.application.event.DeliveryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * {@code omnichannel_event_deliveries_total{platform,outcome}}, {@code
 * omnichannel_event_attempt_seconds{platform}} and {@code
 * omnichannel_event_delivery_latency_seconds{platform}} (event to receiver).
 */
@ApplicationScoped
public class MicrometerDeliveryMetrics implements DeliveryMetrics {

  private final MeterRegistry registry;

  MicrometerDeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void attempt(String platformSlug, String outcome, Duration took) {
    registry
        .counter("omnichannel.event.deliveries", "platform", platformSlug, "outcome", outcome)
        .increment();
    Timer.builder("omnichannel.event.attempt")
        .description("How long a platform took to answer a delivery")
        .tag("platform", platformSlug)
        .publishPercentileHistogram()
        .register(registry)
        .record(took);
  }

  @Override
  public void delivered(String platformSlug, Duration latency) {
    Timer.builder("omnichannel.event.delivery.latency")
        .description("From an event to its delivery")
        .tag("platform", platformSlug)
        .publishPercentileHistogram()
        .register(registry)
        .record(latency);
  }
}
