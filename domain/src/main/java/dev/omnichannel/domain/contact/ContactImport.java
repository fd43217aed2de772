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
    String providerId,
    Aliases aliases) {

  public ContactImport {
    participants = participants == null ? List.of() : List.copyOf(participants);
    aliases = (aliases == null ? Aliases.NONE : aliases).with(Aliases.of(identifier));
  }

  /** An import that knows the contact by its identifier alone. */
  public ContactImport(
      ClientIdentifier account,
      String channelId,
      ContactIdentifier identifier,
      ContactType type,
      ChannelType channelType,
      String name,
      List<String> participants,
      String providerId) {
    this(account, channelId, identifier, type, channelType, name, participants, providerId, null);
  }

  /**
   * The same import, addressed to the contact that is known by {@code existing}; the contact keeps
   * the address it is answered at (its phone, when it has one).
   */
  public ContactImport as(ContactIdentifier existing) {
    return new ContactImport(
        account, channelId, existing, type, channelType, name, participants, null, aliases);
  }

  /** The same import, for the person now reached at {@code phone} (a number change). */
  public ContactImport at(ContactIdentifier phone, String providerForm) {
    return new ContactImport(
        account, channelId, phone, type, channelType, name, participants, providerForm, aliases);
  }

  public String uniqueKey() {
    return Contact.uniqueKey(channelId, identifier);
  }

  /**
   * What an import refreshes on a contact that exists: the provider's profile name when it gives
   * one, a group's participants, the provider's form of the number, the identities it carried
   * (linking them to the contact). Never what agents set.
   */
  public Refresh refresh() {
    return new Refresh(
        name == null || name.isBlank() ? Optional.empty() : Optional.of(name),
        type == ContactType.GROUP ? Optional.of(participants) : Optional.empty(),
        Optional.ofNullable(providerId),
        aliases);
  }

  /** The fields an import refreshes, each when given. */
  public record Refresh(
      Optional<String> name,
      Optional<List<String>> participants,
      Optional<String> providerId,
      Aliases aliases) {}
}
