package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;

/**
 * What a crash would leave of a running store: its file and its journal copied as they are on disk
 * now, and opened again as a start after the crash opens them (the journal applied).
 */
final class CrashCopy {

  private CrashCopy() {}

  /** Copies {@code file} and its journal to a new name; returns the copy's file. */
  static Path of(Path file) {
    Path copy = file.resolveSibling("crash-" + System.nanoTime() + ".mv.db");
    try {
      Files.copy(file, copy);
      Path journal = JournalSegments.directoryOf(file.toString());
      Path copied = JournalSegments.directoryOf(copy.toString());
      Files.createDirectories(copied);
      if (Files.isDirectory(journal)) {
        try (Stream<Path> segments = Files.list(journal)) {
          for (Path segment : segments.toList()) {
            Files.copy(segment, copied.resolve(segment.getFileName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  /** The documents of {@code db.collection} in the store {@code file}, once opened again. */
  static List<Document> documents(Path file, String collection) {
    IndexedH2Backend backend =
        new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).open());
    try {
      MongoCollection<?> found = backend.resolveDatabase("db").resolveCollection(collection, false);
      return found == null ? List.of() : found.queryAllAsStream().toList();
    } finally {
      backend.close();
    }
  }
}
