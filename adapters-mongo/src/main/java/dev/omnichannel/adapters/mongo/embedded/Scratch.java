package dev.omnichannel.adapters.mongo.embedded;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * One reusable buffer per thread for encoding BSON before it is copied where it goes: every
 * document write and every key a commit serializes allocated a fresh buffer (and counted it in
 * Netty's allocator statistics). One that grew past {@link #KEPT} for a large document is not kept.
 */
final class Scratch {

  private static final int KEPT = 64 * 1024;
  private static final ThreadLocal<ByteBuf> BUFFER = new ThreadLocal<>();

  private Scratch() {}

  /** An empty buffer of this thread's; give it back with {@link #done} once copied out. */
  static ByteBuf buffer() {
    ByteBuf buffer = BUFFER.get();
    if (buffer == null) {
      buffer = Unpooled.buffer(1024);
      BUFFER.set(buffer);
    }
    return buffer.clear();
  }

  static void done(ByteBuf buffer) {
    if (buffer.capacity() > KEPT) {
      BUFFER.remove();
    }
  }
}
