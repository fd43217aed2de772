package dev.omnichannel.adapters.http.security;

import dev.omnichannel.domain.access.Caller;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The {@link Caller} of the request being served, as its key named it. */
@RequestScoped
public class CurrentCaller {

  private final SecurityIdentity identity;

  CurrentCaller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public Caller get() {
    Caller caller = identity.getAttribute(ApiKeyIdentityProvider.CALLER);
    if (caller == null) {
      throw new UnauthorizedException();
    }
    return caller;
  }

  /** The account a path names, if the caller may reach it (404 otherwise). */
  public ClientIdentifier reach(String pathAccount) {
    return get().reach(ClientIdentifier.of(pathAccount));
  }

  /** The account of a path that names none: the key's, or the header's for the operator. */
  public ClientIdentifier accountFor(String header) {
    return get().accountFor(header);
  }
}
