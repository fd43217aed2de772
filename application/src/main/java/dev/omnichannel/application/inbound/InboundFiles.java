package dev.omnichannel.application.inbound;

import dev.omnichannel.domain.media.KeptMedia;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageDetails;
import java.time.Clock;

/** The files of delivered messages, queued to be fetched and kept (API.md §11). */
final class InboundFiles {

  private final MediaRepository media;
  private final Clock clock;

  InboundFiles(MediaRepository media, Clock clock) {
    this.media = media;
    this.clock = clock;
  }

  /** A message with a file gets it fetched (API.md §11): once, whatever repeats. */
  void keep(Message message) {
    KeptMedia kept = message.details().kept();
    if (kept == null || kept.status() != MediaStatus.PENDING) {
      return;
    }
    MessageDetails.Media described = message.details().media();
    media.insertIfAbsent(
        MediaFile.pending(
            kept.id(),
            message.clientIdentifier(),
            message.channelId(),
            message.sessionId(),
            message.messageId(),
            message.mediaUri(),
            described == null
                ? new MediaFile.Described(null, null, null)
                : new MediaFile.Described(
                    described.mimeType(), described.filename(), described.sha256()),
            clock.instant()));
  }
}
