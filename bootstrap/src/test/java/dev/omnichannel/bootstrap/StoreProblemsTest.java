package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import dev.omnichannel.adapters.mongo.embedded.IndexedH2Backend;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** A store that cannot serve is a 503 the caller may retry; any other store failure a 500. */
class StoreProblemsTest {

  private final StoreProblems mapper = new StoreProblems();

  @Test
  void aFailedOrUnreachableStoreAnswers503WithRetryAfter() {
    for (MongoException e :
        List.of(
            new MongoTimeoutException("no server selected in 30000 ms"),
            commandFailed(IndexedH2Backend.FAILED))) {
      Response response = mapper.store(e);

      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeaderString("Retry-After"))
          .isEqualTo(StoreProblems.RETRY_AFTER_SECONDS);
      assertThat(response.getMediaType()).hasToString("application/problem+json");
      assertThat(body(response)).containsEntry("code", "STORE_UNAVAILABLE");
    }
  }

  @Test
  void anyOtherStoreFailureIsUnexpected() {
    Response response = mapper.store(commandFailed("InternalError"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getHeaderString("Retry-After")).isNull();
    assertThat(body(response)).containsEntry("code", "INTERNAL_ERROR");
  }

  private static MongoCommandException commandFailed(String codeName) {
    return new MongoCommandException(
        BsonDocument.parse("{ok: 0, code: 1, codeName: '" + codeName + "', errmsg: 'refused'}"),
        new ServerAddress());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }
}
