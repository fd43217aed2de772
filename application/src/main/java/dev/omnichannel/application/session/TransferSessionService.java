package dev.omnichannel.application.session;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.outbound.SendMessageCommand;
import dev.omnichannel.application.outbound.SendMessageUseCase;
import dev.omnichannel.domain.event.Changed;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionFinishedException;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;

/** Transfers a session, then tells the client through the normal send rules. */
public class TransferSessionService implements TransferSessionUseCase {

  private final SessionRepository sessions;
  private final SendMessageUseCase send;
  private final EventWriter writer;
  private final Clock clock;

  public TransferSessionService(
      SessionRepository sessions, SendMessageUseCase send, EventWriter writer, Clock clock) {
    this.sessions = sessions;
    this.send = send;
    this.writer = writer;
    this.clock = clock;
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
    Changed<Session> transferred = current.transfer(platform, agentId, clock.instant());
    if (!sessions.transfer(transferred.state(), writer.outbox(transferred.events()))) {
      throw new SessionFinishedException(sessionId);
    }
    writer.written();
    if (transferMessage != null && !transferMessage.isBlank()) {
      send.send(
          new SendMessageCommand(
              account, sessionId, transferMessage, null, null, null, null, null));
    }
    return transferred.state();
  }
}
