package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.ObjectId;
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
}
