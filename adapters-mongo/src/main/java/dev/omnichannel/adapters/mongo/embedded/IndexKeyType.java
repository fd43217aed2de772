package dev.omnichannel.adapters.mongo.embedded;

import java.nio.charset.StandardCharsets;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.StringDataType;

/**
 * How the keys of a {@link SortedIndex} are written: the very bytes of H2's {@link StringDataType}
 * (so files need no rewrite), but an ASCII key — nearly all are: {@link IndexKeys} writes tags, hex
 * digits and the values' text — is copied at once instead of character by character, which was a
 * fifth of the time commits spent serializing pages.
 */
final class IndexKeyType extends StringDataType {

  static final IndexKeyType INSTANCE = new IndexKeyType();

  private IndexKeyType() {}

  @Override
  public void write(WriteBuffer buff, String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (utf8.length != s.length()) {
      super.write(buff, s); // not ASCII: H2's encoding differs from UTF-8 past U+FFFF
      return;
    }
    buff.putVarInt(utf8.length).put(utf8);
  }
}
