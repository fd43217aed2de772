package dev.omnichannel.application.session;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.domain.event.Changed;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionFinishedException;
import dev.omnichannel.domain.session.SessionQuery;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.time.Clock;

/** Finds and finishes sessions; a finish writes its {@code session.finished} in the same write. */
public class SessionService implements FindSessionsQuery, FinishSessionUseCase {

  private final SessionRepository sessions;
  private final MessageRepository messages;
  private final EventWriter writer;
  private final Clock clock;

  public SessionService(
      SessionRepository sessions, MessageRepository messages, EventWriter writer, Clock clock) {
    this.sessions = sessions;
    this.messages = messages;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public Session get(ClientIdentifier account, String sessionId) {
    return sessions
        .find(account, sessionId)
        .orElseThrow(() -> new NotFoundException("session", sessionId));
  }

  @Override
  public Page<Message> messages(ClientIdentifier account, String sessionId, PageRequest page) {
    get(account, sessionId);
    return messages.ofSession(account, sessionId, page);
  }

  @Override
  public Page<Session> search(SessionQuery query) {
    return sessions.search(query);
  }

  @Override
  public Session finish(ClientIdentifier account, String sessionId) {
    Changed<Session> finished = get(account, sessionId).finish(clock.instant());
    if (!sessions.finish(finished.state(), writer.outbox(finished.events()))) {
      throw new SessionFinishedException(sessionId);
    }
    writer.written();
    return finished.state();
  }
}
