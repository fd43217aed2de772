package dev.omnichannel.application.outbound;

import dev.omnichannel.domain.outbound.ContactCard;
import dev.omnichannel.domain.outbound.Interactive;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/** An agent's message to a session's contact (seed §2, §4.3, §4.4). */
public record SendMessageCommand(
    ClientIdentifier account,
    String sessionId,
    String text,
    String mediaUri,
    Interactive interactive,
    List<ContactCard> contacts,
    String quotedMessageId,
    String agentName,
    String mediaId) {

  /** A message that forwards no kept file. */
  public SendMessageCommand(
      ClientIdentifier account,
      String sessionId,
      String text,
      String mediaUri,
      Interactive interactive,
      List<ContactCard> contacts,
      String quotedMessageId,
      String agentName) {
    this(
        account,
        sessionId,
        text,
        mediaUri,
        interactive,
        contacts,
        quotedMessageId,
        agentName,
        null);
  }
}
