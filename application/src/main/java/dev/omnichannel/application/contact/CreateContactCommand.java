package dev.omnichannel.application.contact;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/** A contact an agent's application registers (seed §1.1). */
public record CreateContactCommand(
    ClientIdentifier account,
    String channelId,
    String contactIdentifier,
    ContactType type,
    ChannelType channelType,
    String name,
    String customName,
    String platform,
    String photo,
    List<String> tagIds,
    boolean ignored,
    List<String> participants) {}
