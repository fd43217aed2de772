package dev.omnichannel.adapters.http.message;

import dev.omnichannel.adapters.http.AccountHeader;
import dev.omnichannel.application.outbound.SendMessageCommand;
import dev.omnichannel.application.outbound.SendMessageUseCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

  MessageResource(SendMessageUseCase send) {
    this.send = send;
  }

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
