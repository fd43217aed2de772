package dev.omnichannel.application.session;

import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.shared.ClientIdentifier;

/** Ends a conversation; the contact's next message opens a new one. */
public interface FinishSessionUseCase {

  /**
   * @throws dev.omnichannel.domain.session.SessionFinishedException the second time
   */
  Session finish(ClientIdentifier account, String sessionId);
}
