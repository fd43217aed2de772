package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import java.util.Optional;

/**
 * A contact as a provider delivery describes it: who wrote (or which group), under what name. An
 * import creates the contact or refreshes its provider-given fields; it never touches what agents
 * set (custom name, tags, platform, ignored). {@code providerId} is the number as the provider
 * reported it, when a provider did; an agent's typing never replaces it.
 */
public record ContactImport(
    ClientIdentifier account,
    String channelId,
    ContactIdentifier identifier,
    ContactType type,
    ChannelType channelType,
    String name,
    List<String> participants,
    String providerId) {

  public ContactImport {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  public String uniqueKey() {
    return Contact.uniqueKey(channelId, identifier);
  }

  /**
   * What an import refreshes on a contact that exists: the provider's profile name when it gives
   * one, a group's participants, the provider's form of the number. Never what agents set.
   */
  public Refresh refresh() {
    return new Refresh(
        name == null || name.isBlank() ? Optional.empty() : Optional.of(name),
        type == ContactType.GROUP ? Optional.of(participants) : Optional.empty(),
        Optional.ofNullable(providerId));
  }

  /** The fields an import refreshes, each when given. */
  public record Refresh(
      Optional<String> name, Optional<List<String>> participants, Optional<String> providerId) {}
}
