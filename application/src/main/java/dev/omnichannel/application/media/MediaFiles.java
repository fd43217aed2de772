package dev.omnichannel.application.media;

import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaNotReadyException;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.media.MediaStore;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The account's kept files, read from any offset (API.md §11). */
public class MediaFiles {

  private final MediaRepository files;
  private final MediaStore store;

  public MediaFiles(MediaRepository files, MediaStore store) {
    this.files = files;
    this.store = store;
  }

  /** A kept file's description; another account's is not found. */
  public MediaFile describe(ClientIdentifier account, String id) {
    MediaFile file = files.find(account, id).orElseThrow(() -> new NotFoundException("media", id));
    if (file.fetching().status() != MediaStatus.STORED) {
      throw new MediaNotReadyException(id, file.fetching().status());
    }
    return file;
  }

  /** Its bytes from {@code offset}; the caller closes them. */
  public MediaStore.Readable open(MediaFile file, long offset) {
    try {
      return store
          .open(file.fetching().storeId(), offset)
          .orElseThrow(() -> new NotFoundException("media", file.id()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
