package dev.omnichannel.application.media;

import dev.omnichannel.domain.channel.Provider;
import java.time.Duration;

/** Port: counts fetched media by provider and outcome, the bytes kept and how long fetches take. */
public interface MediaMetrics {

  /** {@code outcome}: {@code stored}, {@code retry}, {@code failed} or {@code too_large}. */
  void fetched(Provider provider, String outcome, long bytes, Duration took);
}
