package dev.omnichannel.application.session;

import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.TypingState;
import dev.omnichannel.domain.shared.ClientIdentifier;

/** What an agent signals to the customer in a conversation: reading it, typing in it. */
public interface ConversationSignalsUseCase {

  /**
   * Marks the customer's messages read, up to {@code messageId} (the provider's id) or, when it is
   * {@code null}, up to the latest; the provider tells the customer. Answers the session as it now
   * is.
   */
  Session markRead(ClientIdentifier account, String sessionId, String messageId);

  /** Shows the customer that an agent is typing, or stopped. */
  void typing(ClientIdentifier account, String sessionId, TypingState state);
}
