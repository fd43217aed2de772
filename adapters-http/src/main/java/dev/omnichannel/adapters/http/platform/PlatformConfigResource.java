package dev.omnichannel.adapters.http.platform;

import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.platform.CreatePlatformConfigCommand;
import dev.omnichannel.application.platform.CreatePlatformConfigUseCase;
import dev.omnichannel.application.platform.FindPlatformConfigsQuery;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Provider connections of an account (API.md §1). */
@Path("/api/accounts/{clientIdentifier}/platform-configs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "ProviderConnection")
public class PlatformConfigResource {

  private final CurrentCaller caller;

  private final CreatePlatformConfigUseCase create;
  private final FindPlatformConfigsQuery find;

  PlatformConfigResource(
      CreatePlatformConfigUseCase create, FindPlatformConfigsQuery find, CurrentCaller caller) {
    this.caller = caller;
    this.create = create;
    this.find = find;
  }

  @POST
  @ResponseStatus(201)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlatformConfigResponse.class)))
  @Operation(
      operationId = "ProviderConnection_create",
      summary = "Connect a provider (WhatsApp Web gateway or 360dialog)")
  public PlatformConfigResponse create(
      @PathParam("clientIdentifier") String clientIdentifier,
      @Valid @NotNull CreatePlatformConfigRequest body) {
    return PlatformConfigResponse.of(
        create.create(
            new CreatePlatformConfigCommand(
                caller.reach(clientIdentifier),
                Slugs.provider(body.provider()),
                body.name(),
                body.baseUrl(),
                body.clientNumber(),
                body.apiKey())));
  }

  @GET
  @Operation(
      operationId = "ProviderConnection_get",
      summary = "List the account's provider connections")
  public List<PlatformConfigResponse> list(@PathParam("clientIdentifier") String clientIdentifier) {
    return find.list(caller.reach(clientIdentifier)).stream()
        .map(PlatformConfigResponse::of)
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "ProviderConnection_getById", summary = "Get one provider connection")
  public PlatformConfigResponse get(
      @PathParam("clientIdentifier") String clientIdentifier, @PathParam("id") String id) {
    return PlatformConfigResponse.of(find.get(caller.reach(clientIdentifier), id));
  }
}
