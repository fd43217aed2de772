package dev.omnichannel.adapters.http.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/**
 * API keys on the agents' API (API.md §8): {@code Authorization: Bearer <key>} or {@code X-Api-Key:
 * <key>} on every {@code /api/} path but the provider webhooks, which prove themselves by their
 * channel's token. A request without a key stays anonymous, and the path policy answers it with the
 * challenge: 401 {@code UNAUTHENTICATED} in problem+json, with {@code WWW-Authenticate: Bearer}.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String API_KEY_HEADER = "X-Api-Key";
  private static final String BEARER = "bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identities) {
    if (!isAgentsApi(context.normalizedPath())) {
      return Uni.createFrom().nullItem();
    }
    String key = presentedKey(context);
    if (key == null) {
      return Uni.createFrom().nullItem();
    }
    return identities.authenticate(new ApiKeyAuthenticationRequest(key));
  }

  static boolean isAgentsApi(String path) {
    return path != null && path.startsWith("/api/") && !path.startsWith("/api/webhook/");
  }

  static String presentedKey(RoutingContext context) {
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null
        && authorization.length() > BEARER.length()
        && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return authorization.substring(BEARER.length()).trim();
    }
    String header = context.request().getHeader(API_KEY_HEADER);
    return header == null || header.isBlank() ? null : header.trim();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
  }

  /** The challenge with a problem body, so a refused caller learns why. */
  @Override
  public Uni<Boolean> sendChallenge(RoutingContext context) {
    if (!context.response().ended()) {
      context
          .response()
          .setStatusCode(401)
          .putHeader("WWW-Authenticate", "Bearer")
          .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
          .end(Unauthenticated.body(presentedKey(context) != null));
    }
    return Uni.createFrom().item(true);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyAuthenticationRequest.class);
  }
}
