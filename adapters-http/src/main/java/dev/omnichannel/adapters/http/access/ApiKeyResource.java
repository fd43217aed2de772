package dev.omnichannel.adapters.http.access;

import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.access.ManageApiKeysUseCase;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** An account's API keys (API.md §8): the operator's key or one of the account's own. */
@Path("/api/accounts/{clientIdentifier}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Access")
public class ApiKeyResource {

  private final ManageApiKeysUseCase keys;
  private final CurrentCaller caller;

  ApiKeyResource(ManageApiKeysUseCase keys, CurrentCaller caller) {
    this.keys = keys;
    this.caller = caller;
  }

  @POST
  @ResponseStatus(201)
  @APIResponse(
      responseCode = "201",
      description = "Created; the key is in this answer only",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApiKeyResponse.class)))
  @Operation(
      operationId = "Access_createKey",
      summary = "Create an API key for the account; its value is shown once")
  public ApiKeyResponse create(
      @PathParam("clientIdentifier") String clientIdentifier,
      @Valid @NotNull CreateApiKeyRequest body) {
    return ApiKeyResponse.created(keys.create(caller.reach(clientIdentifier), body.name()));
  }

  @GET
  @Operation(
      operationId = "Access_getKeys",
      summary = "List the account's API keys (never their values)")
  public List<ApiKeyResponse> list(@PathParam("clientIdentifier") String clientIdentifier) {
    return keys.list(caller.reach(clientIdentifier)).stream().map(ApiKeyResponse::of).toList();
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "Access_revokeKey",
      summary = "Revoke an API key: at once here, on every replica within 5 s")
  public ApiKeyResponse revoke(
      @PathParam("clientIdentifier") String clientIdentifier, @PathParam("id") String id) {
    return ApiKeyResponse.of(keys.revoke(caller.reach(clientIdentifier), id));
  }
}
