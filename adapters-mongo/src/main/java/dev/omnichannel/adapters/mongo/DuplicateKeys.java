package dev.omnichannel.adapters.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;

/** Recognizes writes refused by a unique index. */
final class DuplicateKeys {

  private DuplicateKeys() {}

  /** A write (insert, update) or a command ({@code findAndModify} upserts) refused as such. */
  static boolean isDuplicateKey(RuntimeException e) {
    if (e instanceof MongoWriteException w) {
      return ErrorCategory.fromErrorCode(w.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
    return e instanceof MongoServerException s
        && ErrorCategory.fromErrorCode(s.getCode()) == ErrorCategory.DUPLICATE_KEY;
  }

  private static boolean isDuplicateKey(BulkWriteError error) {
    return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
  }

  /**
   * Inserts the documents, each on its own ({@code ordered=false}); a document refused by a unique
   * index is fine when {@code alreadyThere} says so, any other refusal is thrown.
   *
   * @return whether every document was inserted (none was there already)
   */
  static boolean insertAllowingDuplicates(
      com.mongodb.client.MongoCollection<Document> collection,
      List<Document> documents,
      Predicate<Document> alreadyThere) {
    if (documents.isEmpty()) {
      return true;
    }
    try {
      collection.insertMany(documents, new InsertManyOptions().ordered(false));
      return true;
    } catch (MongoBulkWriteException e) {
      for (BulkWriteError error : e.getWriteErrors()) {
        if (!isDuplicateKey(error) || !alreadyThere.test(documents.get(error.getIndex()))) {
          throw e;
        }
      }
      return false;
    }
  }
}
