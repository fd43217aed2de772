package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexKeysTest {

  @Test
  void anObjectIdIsWrittenAsBeforeSoThatKeysOfExistingFilesStillMatch() {
    for (int i = 0; i < 1000; i++) {
      ObjectId id = new ObjectId();
      assertThat(IndexKeys.encode(id)).isEqualTo(IndexKeys.OBJECT_ID + id.getHexData());
    }
    ObjectId fixed = new ObjectId("0a1b2c3d4e5f60718293a4b5");
    assertThat(IndexKeys.encode(fixed)).isEqualTo("F0a1b2c3d4e5f60718293a4b5");
  }

  @Test
  void numbersAndDatesAreWrittenAsBeforeSoThatKeysOfExistingFilesStillMatch() {
    Random random = new Random(11);
    List<Double> numbers =
        new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, 1e300, -1e300, Double.MIN_VALUE, 42.0));
    List<Long> millis = new ArrayList<>(List.of(0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE));
    for (int i = 0; i < 1000; i++) {
      numbers.add(random.nextGaussian() * Math.pow(10, random.nextInt(20)));
      millis.add(random.nextLong());
    }
    for (double n : numbers) {
      long bits = Double.doubleToLongBits(n == 0.0 ? 0.0 : n);
      bits = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
      assertThat(IndexKeys.encode(n)).isEqualTo(IndexKeys.NUMBER + String.format("%016x", bits));
    }
    for (long m : millis) {
      String before = IndexKeys.DATE + String.format("%016x", m ^ Long.MIN_VALUE);
      assertThat(IndexKeys.encode(new Date(m))).isEqualTo(before);
      assertThat(IndexKeys.encode(Instant.ofEpochMilli(m))).isEqualTo(before);
    }
    assertThat(IndexKeys.encode(Instant.parse("2026-11-27T12:00:00Z")))
        .isEqualTo("H800001a21ce06e00");
  }
}
