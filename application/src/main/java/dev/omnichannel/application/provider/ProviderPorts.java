package dev.omnichannel.application.provider;

import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.provider.ProviderPort;
import java.util.EnumMap;
import java.util.Map;

/** The implementations of one provider port, one per provider, picked by the channel's provider. */
public final class ProviderPorts<T extends ProviderPort> {

  private final Map<Provider, T> byProvider = new EnumMap<>(Provider.class);

  public ProviderPorts(Iterable<? extends T> implementations) {
    for (T implementation : implementations) {
      T previous = byProvider.put(implementation.provider(), implementation);
      if (previous != null) {
        throw new IllegalStateException("two implementations for " + implementation.provider());
      }
    }
  }

  /** The implementation for a provider; a missing one is a wiring mistake, not bad input. */
  public T of(Provider provider) {
    T implementation = byProvider.get(provider);
    if (implementation == null) {
      throw new IllegalStateException("no implementation for provider " + provider);
    }
    return implementation;
  }
}
