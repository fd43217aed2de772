package dev.omnichannel.adapters.http.message;

import dev.omnichannel.adapters.http.AccountHeader;
import dev.omnichannel.application.outbound.DeleteMessageUseCase;
import dev.omnichannel.application.outbound.SendGroupMessageUseCase;
import dev.omnichannel.application.outbound.SendMessageCommand;
import dev.omnichannel.application.outbound.SendMessageUseCase;
import dev.omnichannel.application.outbound.StartConversationUseCase;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.InvalidInputException;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agents' messages (seed §2–§4); the account comes in {@code X-Client-Identifier}. */
@Path("/api/message")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class MessageResource {

  private final SendMessageUseCase send;
  private final SendGroupMessageUseCase sendToGroup;
  private final StartConversationUseCase start;
  private final DeleteMessageUseCase delete;

  MessageResource(
      SendMessageUseCase send,
      SendGroupMessageUseCase sendToGroup,
      StartConversationUseCase start,
      DeleteMessageUseCase delete) {
    this.send = send;
    this.sendToGroup = sendToGroup;
    this.start = start;
    this.delete = delete;
  }

  @POST
  @Operation(summary = "Send to a WhatsApp group (seed §3; WhatsApp Web only)")
  public GroupSent sendToGroup(
      @HeaderParam(AccountHeader.NAME) String account, @Valid @NotNull GroupMessageRequest body) {
    ClientIdentifier client = AccountHeader.parse(account);
    if (!body.flaggedAsGroup()) {
      throw new InvalidInputException(
          "isGroupMessage", "must be true: this endpoint sends to groups");
    }
    return new GroupSent(
        sendToGroup.send(
            client, body.recipientNumber().trim(), body.channelId(), body.text(), body.mediaUri()));
  }

  /** Seed §3's answer. */
  public record GroupSent(String messageId) {}

  @POST
  @Path("/start/d360")
  @Operation(
      summary = "Start a conversation with a template (seed §4.5; 360dialog)",
      description = "Creates the contact if needed and opens or reuses its session.")
  public SendMessageUseCase.Sent start(
      @HeaderParam(AccountHeader.NAME) String account,
      @Valid @NotNull StartConversationRequest body) {
    return start.start(
        new StartConversationUseCase.StartCommand(
            AccountHeader.parse(account),
            body.to(),
            body.userName(),
            body.companyName(),
            body.template(),
            body.templateVariables(),
            body.language(),
            body.channelId()));
  }

  @DELETE
  @Path("/{messageId}")
  @Operation(summary = "Delete a sent message for everyone (seed §4.6; WhatsApp Web only)")
  public Deleted delete(
      @HeaderParam(AccountHeader.NAME) String account,
      @PathParam("messageId") String messageId,
      @QueryParam("senderId") String senderId,
      @QueryParam("channelSlug") String channelSlug) {
    delete.delete(AccountHeader.parse(account), messageId, senderId, channelSlug);
    return new Deleted(messageId, "deleted");
  }

  /** The answer of a delete. */
  public record Deleted(String messageId, String status) {}

  @POST
  @Path("/send")
  @Operation(
      summary = "Send a message to a session's contact",
      description =
          "text, media (kind from the URI's extension; text is the caption), interactive buttons,"
              + " lists or contacts, quoted replies. Answers the provider's message id.")
  public SendMessageUseCase.Sent send(
      @HeaderParam(AccountHeader.NAME) String account, @Valid @NotNull SendMessageRequest body) {
    InteractiveRequest interactive = body.interactive();
    return send.send(
        new SendMessageCommand(
            AccountHeader.parse(account),
            body.sessionId(),
            body.text(),
            body.mediaUri(),
            interactive == null ? null : interactive.toInteractive(),
            interactive == null ? null : interactive.toContacts(),
            body.quotedMessage() == null ? null : body.quotedMessage().id(),
            body.agentName()));
  }
}
