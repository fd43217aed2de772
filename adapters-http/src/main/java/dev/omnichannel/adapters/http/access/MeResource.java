package dev.omnichannel.adapters.http.access;

import dev.omnichannel.adapters.http.security.ApiKeyAuthenticationMechanism;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.domain.access.Caller;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the presented key is (API.md §8); declares the API's security schemes. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = ApiSecurity.SCHEME,
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description = "An account key (omc_…) or the operator key"),
  @SecurityScheme(
      securitySchemeName = ApiSecurity.HEADER_SCHEME,
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = ApiKeyAuthenticationMechanism.API_KEY_HEADER,
      description = "The same key in the X-Api-Key header")
})
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Access")
public class MeResource {

  private final CurrentCaller caller;

  MeResource(CurrentCaller caller) {
    this.caller = caller;
  }

  @GET
  @Operation(operationId = "Access_me", summary = "Who the presented API key is")
  public Me me() {
    Caller c = caller.get();
    return new Me(
        c.ownAccount().map(ClientIdentifier::value).orElse(null),
        c.keyId(),
        c.name(),
        c.isOperator());
  }

  /** The caller: its account ({@code null} for the operator), key and name. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "MeResponse",
      requiredProperties = {"keyId", "operator"})
  public record Me(String clientIdentifier, String keyId, String name, boolean operator) {}
}
