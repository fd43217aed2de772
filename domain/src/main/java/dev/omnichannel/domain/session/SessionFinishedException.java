package dev.omnichannel.domain.session;

import dev.omnichannel.domain.shared.DomainException;
import java.util.Map;

/** The session is over: it cannot be finished again, nor take messages or transfers. */
public class SessionFinishedException extends DomainException {

  private final String sessionId;

  public SessionFinishedException(String sessionId) {
    super(Category.CONFLICT, "SESSION_FINISHED", "Session " + sessionId + " is finished");
    this.sessionId = sessionId;
  }

  @Override
  public String title() {
    return "Session finished";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("sessionId", sessionId);
  }
}
