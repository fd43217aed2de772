package dev.omnichannel.adapters.http.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/**
 * Every omnichannel metric with its {@code HELP} text, and its timers with a few buckets at the
 * latencies that matter (10 ms … 30 s) instead of Micrometer's ~70 percentile buckets each.
 */
@Singleton
public class OmnichannelMeters implements MeterFilter {

  static final Map<String, String> HELP =
      Map.ofEntries(
          Map.entry(
              "omnichannel.inbound.messages", "Items providers delivered, by kind and outcome"),
          Map.entry("omnichannel.webhook.handling", "How long a provider's webhook took to handle"),
          Map.entry(
              "omnichannel.webhook.provider.errors", "Errors providers reported in their webhooks"),
          Map.entry("omnichannel.outbound.messages", "Messages agents sent, by kind and outcome"),
          Map.entry("omnichannel.provider.calls", "How long sends to providers took, by outcome"),
          Map.entry(
              "omnichannel.provider.signals",
              "Read receipts and typing sent to providers, by outcome"),
          Map.entry("omnichannel.media.fetched", "Customers' files fetched, by outcome"),
          Map.entry("omnichannel.media.stored.bytes", "Bytes of customers' files kept"),
          Map.entry("omnichannel.media.fetch", "How long fetching and keeping a file took"),
          Map.entry(
              "omnichannel.http.requests.dropped",
              "Requests not started: past their deadline or their caller gone"),
          Map.entry("omnichannel.event.deliveries", "Event deliveries to platforms, by outcome"),
          Map.entry(
              "omnichannel.event.attempt", "How long one delivery attempt to a platform took"),
          Map.entry(
              "omnichannel.event.delivery.latency",
              "From an event's happening to its delivery at the platform"),
          Map.entry("omnichannel.outbox.lag", "How overdue the oldest due delivery is"),
          Map.entry(
              "omnichannel.outbox.pending", "Deliveries not delivered, failed or cancelled yet"));

  private static final double[] BUCKETS = {
    Duration.ofMillis(10).toNanos(),
    Duration.ofMillis(50).toNanos(),
    Duration.ofMillis(100).toNanos(),
    Duration.ofMillis(250).toNanos(),
    Duration.ofMillis(500).toNanos(),
    Duration.ofSeconds(1).toNanos(),
    Duration.ofSeconds(5).toNanos(),
    Duration.ofSeconds(30).toNanos()
  };

  @Override
  public Meter.Id map(Meter.Id id) {
    String help = HELP.get(id.getName());
    if (help == null || help.equals(id.getDescription())) {
      return id;
    }
    return new Meter.Id(
        id.getName(),
        io.micrometer.core.instrument.Tags.of(id.getTags()),
        id.getBaseUnit(),
        help,
        id.getType());
  }

  @Override
  public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
    if (!id.getName().startsWith("omnichannel.") || id.getType() != Meter.Type.TIMER) {
      return config;
    }
    return DistributionStatisticConfig.builder()
        .percentilesHistogram(false)
        .serviceLevelObjectives(BUCKETS)
        .build()
        .merge(config);
  }
}
