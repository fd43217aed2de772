package dev.omnichannel.adapters.http.message;

import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.outbound.DeleteMessageUseCase;
import dev.omnichannel.application.outbound.IdempotentSends;
import dev.omnichannel.application.outbound.SendGroupMessageUseCase;
import dev.omnichannel.application.outbound.SendMessageCommand;
import dev.omnichannel.application.outbound.SendMessageUseCase;
import dev.omnichannel.application.outbound.StartConversationUseCase;
import dev.omnichannel.domain.access.Caller;
import dev.omnichannel.domain.outbound.SendRequests;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.InvalidInputException;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * Agents' messages (seed §2–§4); the account comes in {@code X-Client-Identifier}. Sends take an
 * optional {@code Idempotency-Key}: a repeated request gets the first answer, not a second message.
 */
@Path("/api/message")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Message")
public class MessageResource {

  private final CurrentCaller caller;

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final SendMessageUseCase send;
  private final SendGroupMessageUseCase sendToGroup;
  private final StartConversationUseCase start;
  private final DeleteMessageUseCase delete;
  private final IdempotentSends once;

  MessageResource(
      SendMessageUseCase send,
      SendGroupMessageUseCase sendToGroup,
      StartConversationUseCase start,
      DeleteMessageUseCase delete,
      IdempotentSends once,
      CurrentCaller caller) {
    this.caller = caller;
    this.send = send;
    this.sendToGroup = sendToGroup;
    this.start = start;
    this.delete = delete;
    this.once = once;
  }

  @POST
  @Path("/send")
  @Operation(
      operationId = "Message_send",
      summary = "Send a message to a session's contact",
      description =
          "text, media (kind from the URI's extension; text is the caption), a kept file by"
              + " mediaId (API.md §11), interactive buttons, lists or contacts, quoted replies."
              + " Answers the provider's message id.")
  public SendMessageUseCase.Sent send(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @Valid @NotNull SendMessageRequest body) {
    ClientIdentifier client = caller.accountFor(account);
    InteractiveRequest interactive = body.interactive();
    SendMessageCommand command =
        new SendMessageCommand(
            client,
            body.sessionId(),
            body.text(),
            body.mediaUri(),
            interactive == null ? null : interactive.toInteractive(),
            interactive == null ? null : interactive.toContacts(),
            body.quotedMessage() == null ? null : body.quotedMessage().id(),
            body.agentName(),
            body.mediaId());
    return sent(once.run(client, key, () -> answer(send.send(command))));
  }

  @POST
  @Operation(
      operationId = "Message_sendToGroup",
      summary = "Send to a WhatsApp group (seed §3; WhatsApp Web only)")
  public GroupSent sendToGroup(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @Valid @NotNull GroupMessageRequest body) {
    ClientIdentifier client = caller.accountFor(account);
    if (!body.flaggedAsGroup()) {
      throw new InvalidInputException(
          "isGroupMessage", "must be true: this endpoint sends to groups");
    }
    SendRequests.Answer answer =
        once.run(
            client,
            key,
            () ->
                new SendRequests.Answer(
                    null,
                    sendToGroup.send(
                        client,
                        body.recipientNumber().trim(),
                        body.channelId(),
                        body.text(),
                        body.mediaUri())));
    return new GroupSent(answer.messageId());
  }

  /** Seed §3's answer. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "GroupMessageResponse",
      requiredProperties = {"messageId"})
  public record GroupSent(String messageId) {}

  @POST
  @Path("/start/d360")
  @Operation(
      operationId = "Message_startWithTemplate",
      summary = "Start a conversation with a template (seed §4.5; 360dialog)",
      description = "Creates the contact if needed and opens or reuses its session.")
  public SendMessageUseCase.Sent start(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @HeaderParam(IDEMPOTENCY_KEY) String key,
      @Valid @NotNull StartConversationRequest body) {
    ClientIdentifier client = caller.accountFor(account);
    StartConversationUseCase.StartCommand command =
        new StartConversationUseCase.StartCommand(
            client,
            body.to(),
            body.userName(),
            body.companyName(),
            body.template(),
            body.templateVariables(),
            body.language(),
            body.channelId());
    return sent(once.run(client, key, () -> answer(start.start(command))));
  }

  @DELETE
  @Path("/{messageId}")
  @Operation(
      operationId = "Message_delete",
      summary = "Delete a sent message for everyone (seed §4.6; WhatsApp Web only)")
  public Deleted delete(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("messageId") String messageId,
      @QueryParam("senderId") String senderId,
      @QueryParam("channelSlug") String channelSlug) {
    delete.delete(caller.accountFor(account), messageId, senderId, channelSlug);
    return new Deleted(messageId, "deleted");
  }

  /** The answer of a delete. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "DeleteMessageResponse",
      requiredProperties = {"messageId", "status"})
  public record Deleted(String messageId, String status) {}

  private static SendRequests.Answer answer(SendMessageUseCase.Sent sent) {
    return new SendRequests.Answer(sent.sessionId(), sent.messageId());
  }

  private static SendMessageUseCase.Sent sent(SendRequests.Answer answer) {
    return new SendMessageUseCase.Sent(answer.sessionId(), answer.messageId());
  }
}
