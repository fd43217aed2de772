package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The store's maps are sorted by {@link BsonValueType#order}: it must give mongo-java-server's own
 * order for every pair, or the keys of existing files would be out of place.
 */
class BsonValueOrderTest {

  private static final ValueComparator MONGO = ValueComparator.ascWithoutListHandling();

  @Test
  void ordersEveryPairAsMongoJavaServerDoes() {
    Random random = new Random(5);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      values.add(new ObjectId());
      byte[] bytes = new byte[12];
      random.nextBytes(bytes); // bytes above 0x7f, where signed and unsigned orders differ
      values.add(new ObjectId(bytes));
      values.add(randomString(random));
    }
    values.addAll(
        List.of("", "a", "A", "é", "\u0000", "evt_1", "evt_10", 1L, 2, 3.5, Instant.EPOCH, true));
    values.add(null);
    for (Object a : values) {
      for (Object b : values) {
        assertThat(Integer.signum(BsonValueType.order(a, b)))
            .as("%s against %s", a, b)
            .isEqualTo(Integer.signum(MONGO.compare(a, b)));
      }
    }
  }

  private static String randomString(Random random) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      s.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000)));
    }
    return s.toString();
  }
}
