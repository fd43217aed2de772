package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/**
 * A contact as a provider delivery describes it: who wrote (or which group), under what name. An
 * import creates the contact or refreshes its provider-given fields; it never touches what agents
 * set (custom name, tags, platform, ignored).
 */
public record ContactImport(
    ClientIdentifier account,
    String channelId,
    ContactIdentifier identifier,
    ContactType type,
    ChannelType channelType,
    String name,
    List<String> participants) {

  public ContactImport {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  public String uniqueKey() {
    return Contact.uniqueKey(channelId, identifier);
  }
}
