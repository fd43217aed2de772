package dev.omnichannel.application.session;

import dev.omnichannel.application.outbound.SendMessageCommand;
import dev.omnichannel.application.outbound.SendMessageUseCase;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionFinishedException;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;

/** Transfers a session, then tells the client through the normal send rules. */
public class TransferSessionService implements TransferSessionUseCase {

  private final SessionRepository sessions;
  private final SendMessageUseCase send;

  public TransferSessionService(SessionRepository sessions, SendMessageUseCase send) {
    this.sessions = sessions;
    this.send = send;
  }

  @Override
  public Session transfer(
      ClientIdentifier account,
      String sessionId,
      String platform,
      String agentId,
      String transferMessage) {
    Session current =
        sessions
            .find(account, sessionId)
            .orElseThrow(() -> new NotFoundException("session", sessionId));
    Session transferred = current.transfer(platform, agentId);
    if (!sessions.transfer(transferred)) {
      throw new SessionFinishedException(sessionId);
    }
    if (transferMessage != null && !transferMessage.isBlank()) {
      send.send(
          new SendMessageCommand(
              account, sessionId, transferMessage, null, null, null, null, null));
    }
    return transferred;
  }
}
