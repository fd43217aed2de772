package dev.omnichannel.application.media;

import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.delivery.RetrySchedule;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.media.MediaStore;
import dev.omnichannel.domain.media.Sha256;
import dev.omnichannel.domain.provider.MediaFetcher;
import dev.omnichannel.domain.shared.DomainException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches the files customers sent, after their messages were stored and answered (API.md §11): one
 * claimed file at a time per worker, streamed from the provider into the media store with the size
 * limit enforced while reading, its SHA-256 checked against the provider's, retried with back-off
 * (a fresh link each time) for a day, then {@link KeptFiles} shows it.
 */
public class MediaFetching {

  private static final Logger LOG = Logger.getLogger(MediaFetching.class.getName());

  /** How long a claim holds a file: longer than a fetch of the largest file may take. */
  static final Duration LEASE = Duration.ofMinutes(10);

  private final MediaRepository files;
  private final MediaStore store;
  private final ChannelRepository channels;
  private final PlatformConfigRepository configs;
  private final ProviderPorts<MediaFetcher> fetchers;
  private final KeptFiles kept;
  private final MediaMetrics metrics;
  private final RetrySchedule schedule;
  private final long maxBytes;
  private final Clock clock;

  public MediaFetching(
      MediaRepository files,
      MediaStore store,
      ChannelRepository channels,
      PlatformConfigRepository configs,
      ProviderPorts<MediaFetcher> fetchers,
      KeptFiles kept,
      MediaMetrics metrics,
      RetrySchedule schedule,
      long maxBytes,
      Clock clock) {
    this.files = files;
    this.store = store;
    this.channels = channels;
    this.configs = configs;
    this.fetchers = fetchers;
    this.kept = kept;
    this.metrics = metrics;
    this.schedule = schedule;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** Fetches one due file, if any; whether there was one. */
  public boolean fetchOnce() {
    String leaseId = UUID.randomUUID().toString();
    Optional<MediaFile> claimed = files.claimDue(clock.instant(), LEASE, leaseId);
    if (claimed.isEmpty()) {
      return false;
    }
    MediaFile file = claimed.get();
    Optional<Channel> channel = channels.findById(file.channelId());
    if (channel.isEmpty()) {
      files.save(file.failed("the channel is gone", Optional.empty()), leaseId);
      return true;
    }
    long start = System.nanoTime();
    MediaFile outcome = fetch(file, channel.get());
    if (outcome.fetching().status() == MediaStatus.PENDING && Thread.interrupted()) {
      giveBack(file, leaseId);
      return true;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (!files.save(outcome, leaseId)) {
      return true; // another replica took it over after our lease ran out
    }
    metrics.fetched(channel.get().provider(), outcomeOf(outcome), sizeOf(outcome), took);
    kept.fetched(outcome);
    return true;
  }

  /**
   * A stop interrupted the fetch: the file goes back as it was, due at once, for the next start or
   * another replica — not a failed attempt. The interrupt is kept for the worker, which ends.
   */
  private void giveBack(MediaFile file, String leaseId) {
    try {
      files.save(file.untried(clock.instant()), leaseId);
    } finally {
      Thread.currentThread().interrupt();
    }
  }

  private MediaFile fetch(MediaFile file, Channel channel) {
    Instant now = clock.instant();
    try {
      PlatformConfig config =
          configs
              .find(channel.clientIdentifier(), channel.platformConfigId())
              .orElseThrow(() -> new IOException("the channel's provider connection is gone"));
      MediaFetcher.Download download =
          fetchers.of(channel.provider()).open(config, channel, file.source());
      MediaStore.Stored stored;
      try (var body = download.body()) {
        stored =
            store.put(
                file.id(), file.described().filename(), mimeType(file, download), body, maxBytes);
      }
      String expected =
          file.described().sha256() != null ? file.described().sha256() : download.sha256();
      if (expected != null && !Sha256.matches(expected, stored.sha256())) {
        return retry(file, "the file's SHA-256 is not the provider's", now);
      }
      return file.stored(stored.storeId(), stored.size(), stored.sha256());
    } catch (MediaFetcher.NoFile none) {
      return file.failed("none: " + none.getMessage(), Optional.empty());
    } catch (MediaStore.TooLarge tooLarge) {
      LOG.log(
          Level.WARNING,
          "Media {0} of channel {1} is {2}: not kept",
          new Object[] {file.id(), file.channelId(), tooLarge.getMessage()});
      return file.failed("too_large", Optional.empty());
    } catch (IOException | DomainException e) {
      keepInterrupt(e);
      return retry(file, e instanceof DomainException d ? d.code() : e.getMessage(), now);
    } catch (RuntimeException unexpected) {
      keepInterrupt(unexpected);
      // a link that is no URI, an answer no one expected: a failed attempt, never a file stuck
      return retry(file, unexpected.toString(), now);
    }
  }

  /**
   * A call a stop interrupted may end in an exception that wraps the {@link InterruptedException}
   * with the thread's flag cleared (a fault-tolerance interceptor does): the flag is set again, so
   * the stop is seen as one.
   */
  private static void keepInterrupt(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private MediaFile retry(MediaFile file, String why, Instant now) {
    Optional<Instant> next = schedule.next(file.fetching().attempts() + 1, file.createdAt(), now);
    if (Thread.currentThread().isInterrupted()) {
      return file.untried(now); // a stop's interrupt, not a failure: fetchOnce gives it back
    }
    LOG.log(
        next.isPresent() ? Level.INFO : Level.WARNING,
        "Media {0} of channel {1} not fetched ({2}); {3}",
        new Object[] {
          file.id(), file.channelId(), why, next.map(t -> "next at " + t).orElse("given up")
        });
    return file.failed(why, next);
  }

  private static String mimeType(MediaFile file, MediaFetcher.Download download) {
    return file.described().mimeType() != null
        ? file.described().mimeType()
        : download.contentType();
  }

  private static String outcomeOf(MediaFile f) {
    return switch (f.fetching().status()) {
      case STORED -> "stored";
      case PENDING -> "retry";
      case FAILED -> "too_large".equals(f.fetching().error()) ? "too_large" : "failed";
    };
  }

  private static long sizeOf(MediaFile f) {
    return f.fetching().size() == null ? 0 : f.fetching().size();
  }
}
