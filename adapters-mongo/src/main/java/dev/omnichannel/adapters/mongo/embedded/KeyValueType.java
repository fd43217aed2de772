package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/** The keys of a unique index (normalized key values) as a BSON array, ordered value by value. */
final class KeyValueType extends BasicDataType<KeyValue> {

  static final KeyValueType INSTANCE = new KeyValueType();

  private KeyValueType() {}

  @Override
  public int getMemory(KeyValue key) {
    int n = 32;
    for (Object value : key) {
      n += 8 + BsonValueType.estimate(value);
    }
    return n;
  }

  @Override
  public void write(WriteBuffer out, KeyValue key) {
    List<Object> values = new ArrayList<>(key.size());
    key.forEach(values::add);
    BsonValueType.INSTANCE.write(out, values);
  }

  @Override
  public KeyValue read(ByteBuffer in) {
    return new KeyValue((List<?>) BsonValueType.INSTANCE.read(in));
  }

  @Override
  public int compare(KeyValue a, KeyValue b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = BsonValueType.order(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public KeyValue[] createStorage(int size) {
    return new KeyValue[size];
  }
}
