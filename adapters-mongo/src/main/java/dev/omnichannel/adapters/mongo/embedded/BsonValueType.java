package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the embedded store writes a document or a value: as BSON (a type byte, then the value), the
 * form MongoDB itself stores — several times smaller and faster to write and read than the Java
 * serialization mongo-java-server's H2 backend uses. Values compare in MongoDB's order, so the type
 * also keys maps by {@code _id}.
 */
final class BsonValueType extends BasicDataType<Object> {

  static final BsonValueType INSTANCE = new BsonValueType();

  private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

  private BsonValueType() {}

  @Override
  public int getMemory(Object value) {
    return estimate(value);
  }

  @Override
  public void write(WriteBuffer out, Object value) {
    ByteBuf bytes = Scratch.buffer();
    byte type = BsonEncoder.determineType(value);
    bytes.writeByte(type);
    BsonEncoder.encodeValue(type, value, bytes);
    out.put(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes());
    Scratch.done(bytes);
  }

  @Override
  public Object read(ByteBuffer in) {
    ByteBuf bytes = Unpooled.wrappedBuffer(in.slice());
    Object value = BsonDecoder.decodeValue(bytes.readByte(), bytes);
    in.position(in.position() + bytes.readerIndex());
    return value;
  }

  @Override
  public int compare(Object a, Object b) {
    return order(a, b);
  }

  /**
   * MongoDB's order of two values, as mongo-java-server's {@link ValueComparator} gives it; two
   * ObjectIds or two strings (the usual {@code _id}s and unique keys, compared about twenty times
   * per lookup in a B-tree) are compared directly, as it does once it has walked its chain of type
   * checks (about 8 % of the embedded server's CPU in a big backlog's drain).
   */
  static int order(Object a, Object b) {
    if (a instanceof ObjectId x && b instanceof ObjectId y) {
      return x.compareTo(y);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    return ORDER.compare(a, b);
  }

  @Override
  public Object[] createStorage(int size) {
    return new Object[size];
  }

  /** Roughly what a value takes on the heap, for H2's cache and page sizes. */
  static int estimate(Object value) {
    if (value instanceof String s) {
      return 40 + s.length();
    }
    if (value instanceof Map<?, ?> map) {
      int n = 64;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        n += 48 + String.valueOf(e.getKey()).length() + estimate(e.getValue());
      }
      return n;
    }
    if (value instanceof Collection<?> list) {
      int n = 40;
      for (Object item : list) {
        n += 8 + estimate(item);
      }
      return n;
    }
    return 24;
  }
}
