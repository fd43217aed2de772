package dev.omnichannel.application.outbound;

/** Sends an agent's message to the contact of a session, through the session's provider. */
public interface SendMessageUseCase {

  /**
   * @return the session and the provider's message id
   * @throws dev.omnichannel.domain.session.SessionFinishedException on a finished session
   * @throws dev.omnichannel.domain.channel.UnsupportedCapabilityException before any provider call
   */
  Sent send(SendMessageCommand command);

  /** The answer of a send: {@code {sessionId, messageId}}. */
  record Sent(String sessionId, String messageId) {}
}
