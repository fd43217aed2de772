package dev.omnichannel.bootstrap;

import com.mongodb.MongoException;
import dev.omnichannel.adapters.http.problem.Problem;
import dev.omnichannel.adapters.http.problem.ProblemMappers;
import dev.omnichannel.adapters.mongo.StoreUnavailable;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request that meets a store that cannot serve (MongoDB unreachable or between primaries, the
 * embedded store failed) answers 503 {@code STORE_UNAVAILABLE} with {@code Retry-After}: the caller
 * may try again, nothing was wrong with its request. Any other store failure is unexpected (500).
 */
public class StoreProblems {

  private static final Logger LOG = Logger.getLogger(StoreProblems.class);

  static final String RETRY_AFTER_SECONDS = "5";

  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper
  public Response store(MongoException e) {
    if (!StoreUnavailable.is(e)) {
      return problems.unexpected(e);
    }
    LOG.warnf("A request met the store unavailable: %s", e.toString());
    Response response =
        Problem.of(
                503,
                "STORE_UNAVAILABLE",
                "Store unavailable",
                "The store cannot serve now; try again shortly")
            .toResponse();
    return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
  }
}
