package dev.omnichannel.application.outbound;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/** Starts (or resumes) a conversation with a template on 360dialog (seed §4.5). */
public interface StartConversationUseCase {

  SendMessageUseCase.Sent start(StartCommand command);

  /**
   * The seed's body; {@code channelId} may be left out when the account has one 360dialog channel.
   */
  record StartCommand(
      ClientIdentifier account,
      String to,
      String userName,
      String companyName,
      String template,
      List<String> templateVariables,
      String language,
      String channelId) {}
}
