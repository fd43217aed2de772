package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import java.io.IOException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class StoreUnavailableTest {

  private static MongoCommandException failed(int code, String codeName) {
    return new MongoCommandException(
        BsonDocument.parse(
            "{ok: 0, code: " + code + ", codeName: '" + codeName + "', errmsg: 'refused'}"),
        new ServerAddress());
  }

  @Test
  void anUnreachableOrFailedStoreIsUnavailable() {
    assertThat(StoreUnavailable.is(new MongoTimeoutException("no server selected"))).isTrue();
    assertThat(
            StoreUnavailable.is(
                new MongoSocketOpenException("refused", new ServerAddress(), new IOException())))
        .isTrue();
    assertThat(StoreUnavailable.is(failed(1, IndexedH2Backend.FAILED))).isTrue();
    assertThat(
            StoreUnavailable.is(
                new IllegalStateException("wrapped", new MongoTimeoutException("timed out"))))
        .isTrue();
  }

  @Test
  void aRefusedCommandOrAnotherFailureIsNot() {
    assertThat(StoreUnavailable.is(failed(11000, "DuplicateKey"))).isFalse();
    assertThat(StoreUnavailable.is(failed(1, "InternalError"))).isFalse();
    assertThat(StoreUnavailable.is(new IllegalStateException("a bug"))).isFalse();
    assertThat(StoreUnavailable.is(new IllegalStateException("wrapped", failed(2, "BadValue"))))
        .isFalse();
  }
}
