package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Provider;

/** A port with one implementation per provider; the use cases pick the one a channel needs. */
public interface ProviderPort {

  Provider provider();
}
