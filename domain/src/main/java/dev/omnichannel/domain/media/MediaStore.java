package dev.omnichannel.domain.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Port: where the bytes of kept files live (MongoDB GridFS by default; S3-compatible storage can be
 * another implementation). Files are streamed both ways, never held whole in memory.
 */
public interface MediaStore {

  /**
   * Stores the bytes read from {@code in}, stopping with {@link TooLarge} (and keeping nothing)
   * once more than {@code maxBytes} were read.
   */
  Stored put(String id, String filename, String mimeType, InputStream in, long maxBytes)
      throws IOException;

  /** The stored file, its bytes from {@code offset}. */
  Optional<Readable> open(String storeId, long offset) throws IOException;

  /** What a put kept: its name in the store, its size and SHA-256 (lowercase hex). */
  record Stored(String storeId, long size, String sha256) {}

  /** A stored file being read; close it when done. */
  record Readable(long length, InputStream bytes) {}

  /** The file is larger than allowed: nothing was kept. */
  final class TooLarge extends IOException {
    public TooLarge(long maxBytes) {
      super("larger than " + maxBytes + " bytes");
    }
  }
}
