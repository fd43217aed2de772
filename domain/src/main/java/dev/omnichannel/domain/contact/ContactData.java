package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;

/**
 * The state of a {@link Contact}, as it is stored and shown. {@code providerId} is the form of the
 * number the provider reports ({@code wa_id}), kept beside the one the agent typed.
 */
public record ContactData(
    String id,
    ClientIdentifier clientIdentifier,
    String channelId,
    ContactIdentifier identifier,
    ContactType type,
    ChannelType channelType,
    String name,
    String customName,
    String platform,
    String photo,
    List<String> tagIds,
    boolean ignored,
    List<String> participants,
    Instant createdAt,
    Instant updatedAt,
    String providerId,
    Aliases aliases) {

  public ContactData {
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
    participants = participants == null ? List.of() : List.copyOf(participants);
    aliases = aliases == null ? Aliases.NONE : aliases;
  }

  /** A contact known by its identifier alone. */
  public ContactData(
      String id,
      ClientIdentifier clientIdentifier,
      String channelId,
      ContactIdentifier identifier,
      ContactType type,
      ChannelType channelType,
      String name,
      String customName,
      String platform,
      String photo,
      List<String> tagIds,
      boolean ignored,
      List<String> participants,
      Instant createdAt,
      Instant updatedAt,
      String providerId) {
    this(
        id,
        clientIdentifier,
        channelId,
        identifier,
        type,
        channelType,
        name,
        customName,
        platform,
        photo,
        tagIds,
        ignored,
        participants,
        createdAt,
        updatedAt,
        providerId,
        Aliases.of(identifier));
  }

  ContactData withTimes(Instant created, Instant updated) {
    return new ContactData(
        id,
        clientIdentifier,
        channelId,
        identifier,
        type,
        channelType,
        name,
        customName,
        platform,
        photo,
        tagIds,
        ignored,
        participants,
        created,
        updated,
        providerId,
        aliases);
  }
}
