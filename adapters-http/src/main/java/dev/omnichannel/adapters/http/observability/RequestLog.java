package dev.omnichannel.adapters.http.observability;

import dev.omnichannel.domain.access.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Every request gets an id (the caller's {@code X-Request-Id} when it is a sane one, else a new
 * one), echoed in the answer and carried in the MDC ({@code requestId}) into every log line of its
 * work; when it ends, one access-log line: method, templated path, status, duration, request id and
 * account. Never a key, a token or a body.
 */
@ApplicationScoped
public class RequestLog {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final Logger ACCESS = Logger.getLogger("omnichannel.access");
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final String CALLER = "omnichannel.caller";

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::start);
  }

  private void start(RoutingContext ctx) {
    String given = ctx.request().getHeader(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    long started = System.nanoTime();
    ctx.response().putHeader(HEADER, id);
    MDC.put(MDC_KEY, id);
    ctx.addEndHandler(
        ended -> {
          line(ctx, id, started);
          MDC.remove(MDC_KEY); // nothing after the request is logged under its id
        });
    ctx.next();
  }

  private static void line(RoutingContext ctx, String id, long started) {
    double millis = (System.nanoTime() - started) / 1_000_000.0;
    ACCESS.infof(
        "%s %s %d %.1fms requestId=%s account=%s",
        ctx.request().method().name(),
        path(ctx),
        ctx.response().getStatusCode(),
        millis,
        id,
        account(ctx));
  }

  /** The route's template ({@code /api/session/{sessionId}}); never a webhook's token. */
  private static String path(RoutingContext ctx) {
    Object template = null;
    if (ctx.request() instanceof HttpServerRequestInternal internal) {
      template = internal.context().getLocal("UrlPathTemplate");
    }
    if (template != null) {
      return template.toString();
    }
    String raw = ctx.normalizedPath() == null ? "" : ctx.normalizedPath();
    if (raw.toLowerCase(Locale.ROOT).startsWith("/api/webhook/")) {
      return "/api/webhook/…"; // carries a channel's token
    }
    if (raw.startsWith("/media/")) {
      return "/media/…"; // a signed link
    }
    return raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
  }

  private static String account(RoutingContext ctx) {
    if (ctx.user() instanceof QuarkusHttpUser user) {
      SecurityIdentity identity = user.getSecurityIdentity();
      Object caller = identity == null ? null : identity.getAttribute(CALLER);
      if (caller instanceof Caller c) {
        return c.isOperator() ? "operator" : c.account().value();
      }
    }
    return "-";
  }
}
