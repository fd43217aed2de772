package dev.omnichannel.application.platform;

import dev.omnichannel.domain.channel.PlatformConfig;

/** Connects a provider to an account. */
public interface CreatePlatformConfigUseCase {

  PlatformConfig create(CreatePlatformConfigCommand command);
}
