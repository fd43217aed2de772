package dev.omnichannel.adapters.http.session;

import dev.omnichannel.adapters.http.PageResponse;
import dev.omnichannel.adapters.http.QueryParams;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.session.FindSessionsQuery;
import dev.omnichannel.domain.session.SessionQuery;
import dev.omnichannel.domain.session.SessionStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.PageRequest;
import dev.omnichannel.domain.shared.SortOrder;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agent's inbox: the account's sessions, newest first. */
@Path("/api/accounts/{clientIdentifier}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Session")
public class AccountSessionResource {

  private final CurrentCaller caller;

  private final FindSessionsQuery find;

  AccountSessionResource(FindSessionsQuery find, CurrentCaller caller) {
    this.caller = caller;
    this.find = find;
  }

  @GET
  @Operation(
      operationId = "Session_get",
      summary = "The account's sessions, newest first, filtered and paged",
      description = "unread=true: only sessions with messages the agents have not read.")
  public PageResponse<SessionResponse> list(
      @PathParam("clientIdentifier") String clientIdentifier,
      @Parameter(schema = @Schema(enumeration = {"active", "finished"})) @QueryParam("status")
          String status,
      @QueryParam("channelId") String channelId,
      @QueryParam("contactId") String contactId,
      @QueryParam("platform") String platform,
      @QueryParam("agentId") String agentId,
      @Parameter(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
          @QueryParam("unread")
          String unread,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    QueryParams params = new QueryParams();
    SessionStatus sessionStatus = params.oneOf("status", status, Slugs.all(SessionStatus.class));
    String channel = params.text("channelId", channelId, 64);
    String contact = params.text("contactId", contactId, 64);
    String platformSlug = params.text("platform", platform, 64);
    String agent = params.text("agentId", agentId, 128);
    Boolean unreadOnly =
        params.oneOf("unread", unread, java.util.Map.of("true", true, "false", false));
    PageRequest pageRequest = params.page(page, limit, SortOrder.DESC);
    params.check();
    return PageResponse.of(
        find.search(
            new SessionQuery(
                account,
                pageRequest,
                sessionStatus,
                channel,
                contact,
                platformSlug,
                agent,
                Boolean.TRUE.equals(unreadOnly))),
        SessionResponse::of);
  }
}
