package dev.omnichannel.adapters.http.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The refusals the HTTP layer makes before a request reaches a resource (a URI over our length, a
 * body over the limit, a body that does not say it is JSON) leave as problem+json like every other
 * 4xx (API.md §12). A request line or header block the HTTP parser cannot read, or a URI that is
 * not a URI at all, is answered by Vert.x and Quarkus before any handler exists
 * (docs/decisions.md).
 */
@ApplicationScoped
public class HttpLayerProblems {

  /** Longest URI we answer; Vert.x reads lines up to 64 KiB, so between the two we refuse here. */
  static final int MAX_URI_LENGTH = 16_384;

  private static final Map<Integer, String[]> KNOWN =
      Map.of(
          400, new String[] {"BAD_REQUEST", "Bad request", "The request could not be read"},
          413,
              new String[] {
                "PAYLOAD_TOO_LARGE", "Payload too large", "The request body is over the limit"
              },
          415,
              new String[] {
                "UNSUPPORTED_MEDIA_TYPE",
                "Unsupported media type",
                "A request body needs Content-Type: application/json"
              },
          414,
              new String[] {
                "URI_TOO_LONG", "URI too long", "The URI is over " + MAX_URI_LENGTH + " characters"
              });

  private final long maxBodyBytes;

  HttpLayerProblems(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
    this.maxBodyBytes = maxBodySize.asLongValue();
  }

  void install(@Observes Router router) {
    // Ahead of Quarkus's own body-size check, which answers a bare 413.
    router.route().order(Integer.MIN_VALUE).handler(this::bound);
    router.route().order(Integer.MIN_VALUE).failureHandler(HttpLayerProblems::answer);
  }

  private void bound(RoutingContext ctx) {
    if (ctx.request().uri().length() > MAX_URI_LENGTH) {
      ctx.fail(414);
    } else if (declaredLength(ctx) > maxBodyBytes) {
      ctx.fail(413);
    } else if (untypedBody(ctx)) {
      ctx.fail(415);
    } else {
      ctx.next();
    }
  }

  /**
   * A body on the agents' API must say it is JSON (API.md §12); provider webhooks are read whatever
   * they say (§10), since a gateway's missing header is no reason to lose a message.
   */
  private static boolean untypedBody(RoutingContext ctx) {
    boolean body = declaredLength(ctx) > 0 || ctx.request().headers().contains("Transfer-Encoding");
    String path = ctx.request().path();
    return body
        && ctx.request().getHeader(HttpHeaders.CONTENT_TYPE) == null
        && path != null
        && path.startsWith("/api/")
        && !path.startsWith("/api/webhook/");
  }

  private static long declaredLength(RoutingContext ctx) {
    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void answer(RoutingContext ctx) {
    HttpServerResponse response = ctx.response();
    String[] known = KNOWN.get(ctx.statusCode());
    if (known == null || response.headWritten()) {
      ctx.next();
      return;
    }
    JsonObject problem =
        new JsonObject(Problem.of(ctx.statusCode(), known[0], known[1], known[2]).body());
    boolean unreadBody = ctx.statusCode() == 413;
    if (unreadBody) {
      response.putHeader(HttpHeaders.CONNECTION, "close");
    }
    response
        .setStatusCode(ctx.statusCode())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(problem.encode())
        .onComplete(
            done -> {
              if (unreadBody) { // the body is never read: the connection cannot carry another
                ctx.request().connection().close();
              }
            });
  }
}
