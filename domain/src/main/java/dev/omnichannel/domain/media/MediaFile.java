package dev.omnichannel.domain.media;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A file a customer sent, to be fetched from the provider and kept (API.md §11). Its id is the
 * message's, so each message has at most one and a repeated delivery finds it. {@code source} is
 * how the provider names it: {@code d360-media:{id}} or the gateway's URL.
 */
public record MediaFile(
    String id,
    ClientIdentifier account,
    String channelId,
    String sessionId,
    String messageId,
    String source,
    Described described,
    Fetching fetching,
    Instant createdAt) {

  /** A provider's link is tried for this long, then given up. */
  public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

  /** What the provider says the file is; {@code sha256} as the provider wrote it. */
  public record Described(String mimeType, String filename, String sha256) {}

  /** How far fetching is; {@code storeId} names the bytes in the media store once stored. */
  public record Fetching(
      MediaStatus status,
      int attempts,
      Instant nextAttemptAt,
      Long size,
      String sha256,
      String storeId,
      String error) {

    static Fetching due(Instant at) {
      return new Fetching(MediaStatus.PENDING, 0, at, null, null, null, null);
    }
  }

  public static MediaFile pending(
      String id,
      ClientIdentifier account,
      String channelId,
      String sessionId,
      String messageId,
      String source,
      Described described,
      Instant now) {
    return new MediaFile(
        id, account, channelId, sessionId, messageId, source, described, Fetching.due(now), now);
  }

  /** Kept: its bytes are in the store under {@code storeId}. */
  public MediaFile stored(String storeId, long size, String sha256Hex) {
    return with(
        new Fetching(
            MediaStatus.STORED, fetching.attempts() + 1, null, size, sha256Hex, storeId, null));
  }

  /**
   * A failed attempt: tried again at {@code retryAt}, or given up when there is none (a day has
   * passed, or the failure is final: too large).
   */
  public MediaFile failed(String error, Optional<Instant> retryAt) {
    return with(
        new Fetching(
            retryAt.isPresent() ? MediaStatus.PENDING : MediaStatus.FAILED,
            fetching.attempts() + 1,
            retryAt.orElse(null),
            null,
            null,
            null,
            error));
  }

  /**
   * Given back untried, due again at {@code at}: a stop interrupted its fetch, which says nothing
   * of the file or the provider, so no attempt is spent.
   */
  public MediaFile untried(Instant at) {
    return with(
        new Fetching(
            MediaStatus.PENDING, fetching.attempts(), at, null, null, null, fetching.error()));
  }

  public KeptMedia kept() {
    return new KeptMedia(id, fetching.status(), fetching.size(), fetching.sha256());
  }

  private MediaFile with(Fetching next) {
    return new MediaFile(
        id, account, channelId, sessionId, messageId, source, described, next, createdAt);
  }
}
