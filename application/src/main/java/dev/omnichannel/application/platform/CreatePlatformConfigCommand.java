package dev.omnichannel.application.platform;

import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.shared.ClientIdentifier;

/** What an account gives to connect a provider. */
public record CreatePlatformConfigCommand(
    ClientIdentifier account,
    Provider provider,
    String name,
    String baseUrl,
    String clientNumber,
    String apiKey) {}
