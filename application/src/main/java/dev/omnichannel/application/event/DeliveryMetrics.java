package dev.omnichannel.application.event;

import java.time.Duration;

/** Port: counts deliveries by platform and outcome, and how long events take to arrive. */
public interface DeliveryMetrics {

  /** {@code outcome}: {@code delivered}, {@code retry}, {@code failed}. */
  void attempt(String platformSlug, String outcome, Duration took);

  /** From the event's time to its delivery. */
  void delivered(String platformSlug, Duration latency);
}
