package dev.omnichannel.adapters.http.load;

import dev.omnichannel.adapters.http.problem.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bounds the expensive, retried work — provider webhooks and sends — by a server-side deadline
 * counted from the request's arrival: one that waited longer for a worker, or whose caller hung up,
 * is not started (API.md §12, docs/decisions.md).
 */
@ApplicationScoped
public class RequestDeadline {

  private static final String RETRY_AFTER_SECONDS = "5";
  private static final String ARRIVED = "omnichannel.arrivedNanos";

  private final Admission admission;
  private final MeterRegistry meters;

  RequestDeadline(
      @ConfigProperty(name = "omnichannel.http.request-deadline", defaultValue = "10s")
          Duration deadline,
      MeterRegistry meters) {
    this.admission = new Admission(deadline);
    this.meters = meters;
  }

  void stampArrival(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              ctx.put(ARRIVED, System.nanoTime());
              ctx.next();
            });
  }

  /** Runs on the thread that would do the work, after the wait for it, before the resource. */
  @ServerRequestFilter
  public Optional<Response> beforeWork(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    Long arrived = ctx.get(ARRIVED);
    if (arrived == null
        || !(path.startsWith("/api/webhook/") || path.startsWith("/api/message/"))) {
      return Optional.empty();
    }
    Admission.Verdict verdict = admission.of(arrived, System.nanoTime(), ctx.response().closed());
    if (verdict == Admission.Verdict.START) {
      return Optional.empty();
    }
    meters
        .counter(
            "omnichannel.http.requests.dropped", "reason", verdict.name().toLowerCase(Locale.ROOT))
        .increment();
    if (verdict == Admission.Verdict.CALLER_GONE) {
      return Optional.of(
          Problem.of(400, "REQUEST_ABORTED", "Request aborted", "The connection closed first")
              .toResponse());
    }
    return Optional.of(
        Response.fromResponse(
                Problem.of(
                        503,
                        "DEADLINE_EXCEEDED",
                        "Deadline exceeded",
                        "The request waited past the service's deadline and was not started")
                    .toResponse())
            .header("Retry-After", RETRY_AFTER_SECONDS)
            .build());
  }
}
