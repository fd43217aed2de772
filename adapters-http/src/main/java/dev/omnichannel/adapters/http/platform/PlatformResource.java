package dev.omnichannel.adapters.http.platform;

import dev.omnichannel.adapters.http.PageResponse;
import dev.omnichannel.adapters.http.QueryParams;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.adapters.http.event.EventTypes;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.event.DeliveryLogUseCase;
import dev.omnichannel.application.event.ManagePlatformsUseCase;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformScope;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.PageRequest;
import dev.omnichannel.domain.shared.SortOrder;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The applications that receive an account's events, and their delivery logs (API.md §9). */
@Path("/api/accounts/{clientIdentifier}/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Platform")
public class PlatformResource {

  private final ManagePlatformsUseCase platforms;
  private final DeliveryLogUseCase deliveries;
  private final CurrentCaller caller;

  PlatformResource(
      ManagePlatformsUseCase platforms, DeliveryLogUseCase deliveries, CurrentCaller caller) {
    this.platforms = platforms;
    this.deliveries = deliveries;
    this.caller = caller;
  }

  @POST
  @ResponseStatus(201)
  @Operation(
      operationId = "Platform_create",
      summary = "Register a platform; its signing secret is in this answer only")
  public PlatformResponses.Shown create(
      @PathParam("clientIdentifier") String clientIdentifier,
      @Valid @NotNull PlatformRequests.Create body) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    List<FieldError> errors = new ArrayList<>();
    Set<EventType> events = EventTypes.read(body.events(), "events", errors);
    check(errors);
    ManagePlatformsUseCase.Registered registered =
        platforms.register(
            account,
            body.slug(),
            new Platform.Settings(
                body.name(), body.webhookUrl(), scope(body.scope()), events, body.enabled()));
    return PlatformResponses.Shown.of(registered.platform(), registered.secret());
  }

  @GET
  @Operation(
      operationId = "Platform_get",
      summary = "List the account's platforms (never their secrets)")
  public List<PlatformResponses.Shown> list(
      @PathParam("clientIdentifier") String clientIdentifier) {
    return platforms.list(caller.reach(clientIdentifier)).stream()
        .map(p -> PlatformResponses.Shown.of(p, null))
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "Platform_getById", summary = "Get one platform")
  public PlatformResponses.Shown get(
      @PathParam("clientIdentifier") String clientIdentifier, @PathParam("id") String id) {
    return PlatformResponses.Shown.of(platforms.get(caller.reach(clientIdentifier), id), null);
  }

  @PATCH
  @Path("/{id}")
  @Operation(
      operationId = "Platform_update",
      summary = "Change a platform's name, webhookUrl, scope, events or enabled")
  public PlatformResponses.Shown change(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("id") String id,
      @Valid @NotNull PlatformRequests.Change body) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    List<FieldError> errors = new ArrayList<>();
    Set<EventType> events = EventTypes.read(body.events(), "events", errors);
    check(errors);
    return PlatformResponses.Shown.of(
        platforms.change(
            account,
            id,
            new Platform.Settings(
                body.name(), body.webhookUrl(), scope(body.scope()), events, body.enabled())),
        null);
  }

  @POST
  @Path("/{id}/secret")
  @Operation(
      operationId = "Platform_rotateSecret",
      summary = "A new signing secret; the old one also signs for 24 hours")
  public PlatformResponses.NewSecret rotate(
      @PathParam("clientIdentifier") String clientIdentifier, @PathParam("id") String id) {
    return new PlatformResponses.NewSecret(
        platforms.rotateSecret(caller.reach(clientIdentifier), id));
  }

  @DELETE
  @Path("/{id}")
  @ResponseStatus(204)
  @Operation(
      operationId = "Platform_delete",
      summary = "Remove a platform: delivery stops, its pending deliveries are cancelled")
  public void remove(
      @PathParam("clientIdentifier") String clientIdentifier, @PathParam("id") String id) {
    platforms.remove(caller.reach(clientIdentifier), id);
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      operationId = "Platform_getDeliveries",
      summary = "The platform's delivery log, newest first")
  public PageResponse<PlatformResponses.DeliveryResponse> deliveries(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("id") String id,
      @Parameter(schema = @Schema(enumeration = {"pending", "delivered", "failed", "cancelled"}))
          @QueryParam("status")
          String status,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    QueryParams params = new QueryParams();
    DeliveryStatus wanted = params.oneOf("status", status, Slugs.all(DeliveryStatus.class));
    PageRequest pageRequest = params.page(page, limit, SortOrder.DESC);
    params.check();
    return PageResponse.of(
        deliveries.log(account, id, wanted, pageRequest), PlatformResponses.DeliveryResponse::of);
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/retry")
  @ResponseStatus(202)
  @Operation(
      operationId = "Platform_retryDelivery",
      summary = "Send a failed or cancelled delivery again, now")
  public void retry(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("id") String id,
      @PathParam("deliveryId") String deliveryId) {
    deliveries.retry(caller.reach(clientIdentifier), id, deliveryId);
  }

  @POST
  @Path("/{id}/replay")
  @ResponseStatus(202)
  @Operation(
      operationId = "Platform_replay",
      summary = "Deliver again the events of a time window, with their ids",
      description = "The account's events the platform would have received, oldest first.")
  public PlatformResponses.Queued replay(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("id") String id,
      @Valid @NotNull PlatformRequests.Replay body) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    List<FieldError> errors = new ArrayList<>();
    Instant since = instant(body.since(), "since", errors);
    Instant until = body.until() == null ? null : instant(body.until(), "until", errors);
    Set<EventType> types = EventTypes.read(body.types(), "types", errors);
    check(errors);
    return new PlatformResponses.Queued(deliveries.replay(account, id, since, until, types));
  }

  private static Instant instant(String value, String field, List<FieldError> errors) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-11-25T10:00:00Z"));
      return null;
    }
  }

  private static PlatformScope scope(String scope) {
    return scope == null ? null : PlatformScope.valueOf(scope.toUpperCase(Locale.ROOT));
  }

  private static void check(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException("VALIDATION_FAILED", errors);
    }
  }
}
