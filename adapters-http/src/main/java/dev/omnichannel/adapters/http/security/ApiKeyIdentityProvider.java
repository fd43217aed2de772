package dev.omnichannel.adapters.http.security;

import dev.omnichannel.application.access.AuthenticateCallerUseCase;
import dev.omnichannel.domain.access.Caller;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a presented key into the identity of its {@link Caller}, off the event loop (the lookup may
 * reach the database). Roles: {@code operator} or {@code account}.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

  static final String CALLER = "omnichannel.caller";

  private final AuthenticateCallerUseCase authenticate;

  ApiKeyIdentityProvider(AuthenticateCallerUseCase authenticate) {
    this.authenticate = authenticate;
  }

  @Override
  public Class<ApiKeyAuthenticationRequest> getRequestType() {
    return ApiKeyAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            authenticate
                .authenticate(request.key())
                .map(ApiKeyIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
  }

  private static SecurityIdentity identity(Caller caller) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(caller.isOperator() ? "operator" : caller.keyId()))
        .addRole(caller.isOperator() ? "operator" : "account")
        .addAttribute(CALLER, caller)
        .build();
  }
}
