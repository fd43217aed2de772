package dev.omnichannel.application.media;

import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaLinks;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Clock;
import java.time.Duration;

/**
 * What an agent forwards a kept file by (API.md §11): a signed link of ours, valid for an hour,
 * ending with the file's name so its kind is read as for any link. The gateway fetches it; the
 * 360dialog adapter recognizes it and uploads the file instead.
 */
public class MediaForwarding {

  /** Long enough for a provider's retries of one send. */
  static final Duration VALID_FOR = Duration.ofHours(1);

  private final MediaFiles files;
  private final MediaLinks links;
  private final Clock clock;

  public MediaForwarding(MediaFiles files, MediaLinks links, Clock clock) {
    this.files = files;
    this.links = links;
    this.clock = clock;
  }

  /** The link to send for the account's kept file {@code mediaId} (404 or 409 otherwise). */
  public String linkFor(ClientIdentifier account, String mediaId) {
    MediaFile file = files.describe(account, mediaId);
    return links.link(account, file, clock.instant().plus(VALID_FOR)).toString();
  }
}
