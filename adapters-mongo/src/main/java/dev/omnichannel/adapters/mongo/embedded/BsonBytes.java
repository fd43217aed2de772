package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/** A document as its BSON bytes, and the map value type that writes them as they are. */
final class BsonBytes extends BasicDataType<byte[]> {

  static final BsonBytes TYPE = new BsonBytes();

  private BsonBytes() {}

  static byte[] encode(Document document) {
    ByteBuf out = Scratch.buffer();
    BsonEncoder.encodeDocument(document, out);
    byte[] bytes = new byte[out.readableBytes()];
    out.readBytes(bytes);
    Scratch.done(out);
    return bytes;
  }

  static Document decode(byte[] bytes) {
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public int getMemory(byte[] bytes) {
    return 24 + bytes.length;
  }

  @Override
  public void write(WriteBuffer out, byte[] bytes) {
    out.putVarInt(bytes.length).put(bytes);
  }

  @Override
  public byte[] read(ByteBuffer in) {
    byte[] bytes = new byte[DataUtils.readVarInt(in)];
    in.get(bytes);
    return bytes;
  }

  @Override
  public byte[][] createStorage(int size) {
    return new byte[size][];
  }
}
