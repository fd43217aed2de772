package dev.omnichannel.application.session;

import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.shared.ClientIdentifier;

/** Hands a conversation to another platform and agent (seed §6.2). */
public interface TransferSessionUseCase {

  /**
   * Records the transfer, then sends {@code transferMessage} to the client when given; repeating a
   * transfer that failed at the message completes it.
   *
   * @throws dev.omnichannel.domain.session.SessionFinishedException on a finished session
   */
  Session transfer(
      ClientIdentifier account,
      String sessionId,
      String platform,
      String agentId,
      String transferMessage);
}
