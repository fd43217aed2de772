package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.PageRequest;
import java.util.List;

/**
 * The contacts listing's filters (seed §1.3). Every filter is optional; {@code name} is already
 * folded by {@link SearchText}, {@code identityKey} by {@link ContactIdentifier#identityKey()}.
 */
public record ContactQuery(
    ClientIdentifier account,
    PageRequest page,
    ContactType type,
    ChannelType channelType,
    String name,
    String identityKey,
    List<String> tagIds) {

  public ContactQuery {
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
  }
}
