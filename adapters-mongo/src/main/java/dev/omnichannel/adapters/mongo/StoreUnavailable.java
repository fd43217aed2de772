package dev.omnichannel.adapters.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;

/**
 * Tells a store that cannot serve now from a fault of the request or of ours: MongoDB unreachable
 * (no server selected in time, a connection failed), a replica set between primaries, or the
 * embedded store failed (it refuses every command until the service restarts). A caller can try
 * again later; nothing about the request was wrong.
 */
public final class StoreUnavailable {

  private StoreUnavailable() {}

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MongoTimeoutException
          || t instanceof MongoSocketException
          || t instanceof MongoNotPrimaryException
          || t instanceof MongoNodeIsRecoveringException) {
        return true;
      }
      if (t instanceof MongoCommandException c
          && IndexedH2Backend.FAILED.equals(c.getErrorCodeName())) {
        return true;
      }
    }
    return false;
  }
}
