package dev.omnichannel.domain.media;

import dev.omnichannel.domain.shared.DomainException;
import java.util.Map;

/** The file is still being fetched, or could not be: there are no bytes to give yet. */
public class MediaNotReadyException extends DomainException {

  private final MediaStatus status;

  public MediaNotReadyException(String id, MediaStatus status) {
    super(
        Category.CONFLICT,
        status == MediaStatus.PENDING ? "MEDIA_PENDING" : "MEDIA_FAILED",
        status == MediaStatus.PENDING
            ? "Media " + id + " is still being fetched from the provider"
            : "Media " + id + " could not be fetched from the provider");
    this.status = status;
  }

  @Override
  public String title() {
    return "Media not available";
  }

  @Override
  public Map<String, Object> details() {
    return status == MediaStatus.PENDING ? Map.of("retryAfter", 5) : Map.of();
  }
}
