package dev.omnichannel.adapters.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Recognizes a write refused by a unique index. */
final class DuplicateKeys {

  private DuplicateKeys() {}

  static boolean isDuplicateKey(RuntimeException e) {
    return e instanceof MongoWriteException w
        && ErrorCategory.fromErrorCode(w.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
  }
}
