package dev.omnichannel.adapters.http.session;

import dev.omnichannel.adapters.http.PageResponse;
import dev.omnichannel.adapters.http.QueryParams;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.session.ConversationSignalsUseCase;
import dev.omnichannel.application.session.FindSessionsQuery;
import dev.omnichannel.application.session.FinishSessionUseCase;
import dev.omnichannel.application.session.TransferSessionUseCase;
import dev.omnichannel.domain.access.Caller;
import dev.omnichannel.domain.session.TypingState;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.PageRequest;
import dev.omnichannel.domain.shared.SortOrder;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sessions by id (seed §6). The seed's paths carry no account, so the caller names it in the {@code
 * X-Client-Identifier} header; another account's session is not found.
 */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Session")
public class SessionResource {

  private final CurrentCaller caller;

  private final FindSessionsQuery find;
  private final FinishSessionUseCase finish;
  private final TransferSessionUseCase transfer;
  private final ConversationSignalsUseCase signals;

  SessionResource(
      FindSessionsQuery find,
      FinishSessionUseCase finish,
      TransferSessionUseCase transfer,
      ConversationSignalsUseCase signals,
      CurrentCaller caller) {
    this.caller = caller;
    this.signals = signals;
    this.find = find;
    this.finish = finish;
    this.transfer = transfer;
  }

  @POST
  @Path("/transfer/{sessionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "Session_transfer",
      summary = "Transfer a session to another platform and agent (seed §6.2)",
      description = "transferMessage, when given, is sent to the client.")
  public SessionResponse transfer(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("sessionId") String sessionId,
      @Valid @NotNull TransferRequest body) {
    return SessionResponse.of(
        transfer.transfer(
            caller.accountFor(account),
            sessionId,
            body.params().platformSlug(),
            body.params().agentId(),
            body.transferMessage()));
  }

  /** Seed §6.2's body. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      example =
          "{\"params\":{\"platformSlug\":\"crm\",\"agentId\":\"agent_123\"},\"transferMessage\":\"Transferindo para o especialista...\"}")
  public record TransferRequest(@Valid @NotNull Params params, String transferMessage) {

    /** Where the session goes. */
    public record Params(
        @NotBlank @Size(max = 64) String platformSlug, @Size(max = 128) String agentId) {}
  }

  @GET
  @Path("/{sessionId}")
  @Operation(operationId = "Session_getById", summary = "Get a session (seed §6.1)")
  public SessionResponse get(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("sessionId") String sessionId) {
    return SessionResponse.of(find.get(caller.accountFor(account), sessionId));
  }

  @GET
  @Path("/{sessionId}/messages")
  @Operation(
      operationId = "Session_getMessages",
      summary = "A session's messages, oldest first, paged")
  public PageResponse<MessageResponse> messages(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("sessionId") String sessionId,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    ClientIdentifier client = caller.accountFor(account);
    QueryParams params = new QueryParams();
    PageRequest pageRequest = params.page(page, limit, SortOrder.ASC);
    params.check();
    return PageResponse.of(find.messages(client, sessionId, pageRequest), MessageResponse::of);
  }

  @DELETE
  @Path("/finish/{sessionId}")
  @Operation(
      operationId = "Session_finish",
      summary = "Finish a session (seed §6.3); 409 SESSION_FINISHED the second time")
  public FinishResponse finish(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("sessionId") String sessionId) {
    finish.finish(caller.accountFor(account), sessionId);
    return new FinishResponse("Session finished successfully", sessionId);
  }

  @POST
  @Path("/{sessionId}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "Session_markRead",
      summary = "Mark the customer's messages read (seed §4.2)",
      description =
          "Up to messageId (the provider's id of one of the customer's messages), or up to the"
              + " latest without a body; the provider tells the customer. Answers the session with"
              + " its unreadCount and lastReadAt; session.read is emitted.")
  public SessionResponse read(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("sessionId") String sessionId,
      @Valid ReadRequest body) {
    return SessionResponse.of(
        signals.markRead(
            caller.accountFor(account), sessionId, body == null ? null : body.messageId()));
  }

  /** Which message the agents read up to; without it, the latest. */
  public record ReadRequest(@Size(min = 1, max = 256) String messageId) {}

  @POST
  @Path("/{sessionId}/typing")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "Session_typing",
      summary = "Show the customer that an agent is typing, or stopped (seed §7)",
      description = "WhatsApp Web only: 422 UNSUPPORTED_CAPABILITY on 360dialog.")
  public jakarta.ws.rs.core.Response typing(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("sessionId") String sessionId,
      @Valid @NotNull TypingRequest body) {
    signals.typing(
        caller.accountFor(account), sessionId, TypingState.fromSlug(body.state()).orElseThrow());
    return jakarta.ws.rs.core.Response.noContent().build();
  }

  /** {@code typing} or {@code paused}. */
  public record TypingRequest(
      @NotNull
          @org.eclipse.microprofile.openapi.annotations.media.Schema(
              enumeration = {"typing", "paused"})
          @jakarta.validation.constraints.Pattern(regexp = "typing|paused")
          String state) {}

  /** Seed §6.3's answer. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      requiredProperties = {"message", "sessionId"})
  public record FinishResponse(String message, String sessionId) {}
}
