package dev.omnichannel.adapters.mongo.embedded;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

/**
 * The embedded store's journal: every document a write stores or removes, appended to numbered
 * segment files next to the store's file, as MongoDB's journal does. A write is acknowledged once
 * its records are synced ({@link #sync()}, one {@code fdatasync} for all the writes that wait), so
 * that H2 need not write and sync its B-tree pages for each: a checkpoint commits them about once a
 * second and starts a new segment ({@link #rotate()}), and the segments before the one a synced
 * checkpoint names are deleted. At the next open, the records after the last checkpoint are applied
 * again ({@link JournalReplay}). Each record carries its length and a CRC-32C: a record a crash cut
 * off ends the journal.
 */
final class Journal implements DocumentLog, AutoCloseable {

  private final Path dir;
  private final ReentrantLock file = new ReentrantLock();
  private final Object buffered = new Object();
  private ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private long appended;
  private FileChannel channel;
  private long segment;

  private Journal(Path dir, long segment) {
    this.dir = dir;
    this.segment = segment;
    this.channel = JournalSegments.create(dir, segment);
  }

  /** Appends from now on to a new segment {@code segment} in {@code dir}. */
  static Journal start(Path dir, long segment) {
    return new Journal(dir, segment);
  }

  /** A document stored ({@code removal} false: {@code bson} is it) or removed (its {@code _id}). */
  record Entry(String database, String collection, boolean removal, byte[] bson) {}

  @Override
  public void changed(String database, String collection, boolean removal, byte[] bson) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream(bson.length + 64);
    try (DataOutputStream out = new DataOutputStream(payload)) {
      out.writeUTF(database);
      out.writeUTF(collection);
      out.writeBoolean(removal);
      out.write(bson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = payload.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    ByteBuffer header = ByteBuffer.allocate(8).putInt(bytes.length).putInt((int) crc.getValue());
    synchronized (buffered) {
      buffer.write(header.array(), 0, 8);
      buffer.write(bytes, 0, bytes.length);
      appended += 8L + bytes.length;
    }
  }

  /** Bytes appended since the journal started: moves with every write. */
  long appended() {
    synchronized (buffered) {
      return appended;
    }
  }

  /** Writes what was appended to the current segment and syncs it. */
  void sync() {
    file.lock();
    try {
      flush();
    } finally {
      file.unlock();
    }
  }

  /**
   * Syncs what was appended and starts a new segment; returns its number. Called while no write is
   * under way, so that a checkpoint taken now holds every record of the segments before it.
   */
  long rotate() {
    file.lock();
    try {
      flush();
      FileChannel next = JournalSegments.create(dir, segment + 1);
      close(channel);
      channel = next;
      return ++segment;
    } finally {
      file.unlock();
    }
  }

  /** Deletes the segments before {@code segment}, which a synced checkpoint holds. */
  void deleteBefore(long segment) {
    JournalSegments.deleteBefore(dir, segment);
  }

  private void flush() {
    byte[] bytes;
    synchronized (buffered) {
      if (buffer.size() == 0) {
        return;
      }
      bytes = buffer.toByteArray();
      buffer = new ByteArrayOutputStream(Math.max(4096, bytes.length));
    }
    try {
      ByteBuffer out = ByteBuffer.wrap(bytes);
      while (out.hasRemaining()) {
        channel.write(out);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the embedded store's journal", e);
    }
  }

  @Override
  public void close() {
    file.lock();
    try {
      flush();
      close(channel);
    } finally {
      file.unlock();
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
