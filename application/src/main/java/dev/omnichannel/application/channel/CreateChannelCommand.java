package dev.omnichannel.application.channel;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.shared.ClientIdentifier;

/** What an account gives to connect one of its WhatsApp numbers. */
public record CreateChannelCommand(
    ClientIdentifier account,
    String platformConfigId,
    String name,
    String phoneNumber,
    ChannelType channelType,
    String defaultPlatform,
    Boolean signMessages) {}
