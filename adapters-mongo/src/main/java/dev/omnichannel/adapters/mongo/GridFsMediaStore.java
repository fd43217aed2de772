package dev.omnichannel.adapters.mongo;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.media.MediaStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Kept files in GridFS (bucket {@code media}: {@code media.files}, {@code media.chunks} of 255 KB),
 * on the embedded store as on a real MongoDB. A put streams chunk by chunk, hashing as it goes, and
 * aborts (deleting what was written) once the limit is passed; a read starts at any offset without
 * reading the chunks before it.
 */
@ApplicationScoped
public class GridFsMediaStore implements MediaStore {

  private static final int BUFFER = 64 * 1024;

  private final GridFSBucket bucket;
  private final MongoCollections collections;

  GridFsMediaStore(MongoCollections collections) {
    this.collections = collections;
    this.bucket = GridFSBuckets.create(collections.database(), "media");
  }

  void createIndexes(@Observes StartupEvent ignored) {
    // GridFS's own indexes, declared up front (the driver adds them on a first upload only)
    collections
        .get("media.chunks")
        .createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true));
    collections.get("media.files").createIndex(Indexes.ascending("filename", "uploadDate"));
  }

  @Override
  public Stored put(String id, String filename, String mimeType, InputStream in, long maxBytes)
      throws IOException {
    MessageDigest sha = sha256();
    GridFSUploadOptions options =
        new GridFSUploadOptions()
            .metadata(new Document("mediaId", id).append("contentType", mimeType));
    GridFSUploadStream out =
        bucket.openUploadStream(filename == null || filename.isBlank() ? id : filename, options);
    long size = 0;
    try {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) != -1; ) {
        size += n;
        if (size > maxBytes) {
          out.abort();
          throw new TooLarge(maxBytes);
        }
        sha.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
      out.close();
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof TooLarge)) {
        abortQuietly(out);
      }
      throw e;
    }
    return new Stored(
        out.getObjectId().toHexString(), size, HexFormat.of().formatHex(sha.digest()));
  }

  @Override
  public Optional<Readable> open(String storeId, long offset) throws IOException {
    if (!ObjectId.isValid(storeId)) {
      return Optional.empty();
    }
    try {
      GridFSDownloadStream stream = bucket.openDownloadStream(new ObjectId(storeId));
      long length = stream.getGridFSFile().getLength();
      long skipped = 0;
      while (skipped < offset) {
        long n = stream.skip(offset - skipped);
        if (n <= 0) {
          break;
        }
        skipped += n;
      }
      return Optional.of(new Readable(length, stream));
    } catch (MongoGridFSException notFound) {
      return Optional.empty();
    }
  }

  private static void abortQuietly(GridFSUploadStream out) {
    try {
      out.abort();
    } catch (RuntimeException alreadyClosed) {
      // nothing more to clean
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
