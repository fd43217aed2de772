package dev.omnichannel.adapters.mongo.embedded;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/** The journal's segment files: numbered, created, read back and deleted ({@link Journal}). */
final class JournalSegments {

  private static final String SUFFIX = ".journal";

  private JournalSegments() {}

  /** The journal's directory for the store kept in {@code storeFile}. */
  static Path directoryOf(String storeFile) {
    return Path.of(storeFile + SUFFIX);
  }

  /** The records of the segments from {@code from} on, in order, up to the first one cut off. */
  static List<Journal.Entry> read(Path dir, long from) {
    List<Journal.Entry> entries = new ArrayList<>();
    for (long number : segments(dir)) {
      if (number >= from && !readSegment(file(dir, number), entries)) {
        break; // a crash cut this one off: nothing after it was acknowledged
      }
    }
    return entries;
  }

  /** The highest segment number in {@code dir}, or -1. */
  static long last(Path dir) {
    List<Long> all = segments(dir);
    return all.isEmpty() ? -1 : all.get(all.size() - 1);
  }

  static void deleteBefore(Path dir, long segment) {
    for (long number : segments(dir)) {
      if (number < segment) {
        try {
          Files.deleteIfExists(file(dir, number));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static boolean readSegment(Path path, List<Journal.Entry> entries) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException end) {
          return true;
        }
        int expected = in.readInt();
        if (length <= 0 || length > 64 << 20) {
          return false;
        }
        byte[] bytes = in.readNBytes(length);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        if (bytes.length < length || (int) crc.getValue() != expected) {
          return false;
        }
        entries.add(decode(bytes));
      }
    } catch (EOFException cut) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedded store's journal " + path, e);
    }
  }

  private static Journal.Entry decode(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    String database = in.readUTF();
    String collection = in.readUTF();
    boolean removal = in.readBoolean();
    return new Journal.Entry(database, collection, removal, in.readAllBytes());
  }

  private static List<Long> segments(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d{12}\\.log"))
          .map(n -> Long.parseLong(n.substring(0, 12)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path file(Path dir, long number) {
    return dir.resolve(String.format("%012d.log", number));
  }

  /** A new, empty segment, its name synced into the directory (it must outlive a power loss). */
  static FileChannel create(Path dir, long number) {
    try {
      Files.createDirectories(dir);
      FileChannel created =
          FileChannel.open(
              file(dir, number),
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE);
      try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
        directory.force(true);
      }
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a segment of the embedded store's journal", e);
    }
  }
}
