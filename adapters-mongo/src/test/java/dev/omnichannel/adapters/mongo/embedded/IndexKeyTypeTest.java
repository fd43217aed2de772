package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.StringDataType;
import org.junit.jupiter.api.Test;

/** Index keys are written byte for byte as H2's own string type writes them, and read back. */
class IndexKeyTypeTest {

  @Test
  void writesTheBytesOfH2sStringTypeForEveryKindOfText() {
    List<String> keys =
        List.of(
            "",
            IndexKeys.encode(List.of("acct", 42, "joão silva")) + "F0123456789abcdef01234567",
            "C\u0000\u0001\u0002end",
            "Cjoão\u0000",
            "C名前\u0000",
            "C😀 emoji\u0000",
            "\uffff");
    for (String key : keys) {
      WriteBuffer ours = new WriteBuffer();
      IndexKeyType.INSTANCE.write(ours, key);
      WriteBuffer h2s = new WriteBuffer();
      StringDataType.INSTANCE.write(h2s, key);
      ByteBuffer written = ours.getBuffer().flip();
      assertThat(bytes(written.duplicate())).as(key).isEqualTo(bytes(h2s.getBuffer().flip()));
      assertThat(IndexKeyType.INSTANCE.read(written)).isEqualTo(key);
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.get(out);
    return out;
  }
}
