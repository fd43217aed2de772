package dev.omnichannel.domain.channel;

import dev.omnichannel.domain.shared.DomainException;
import java.util.Map;

/** The channel's provider cannot do what was asked (seed §7). */
public class UnsupportedCapabilityException extends DomainException {

  private final Provider provider;
  private final Capability capability;

  public UnsupportedCapabilityException(Provider provider, Capability capability) {
    super(
        Category.UNPROCESSABLE,
        "UNSUPPORTED_CAPABILITY",
        "Provider '" + provider.slug() + "' does not support " + capability.slug());
    this.provider = provider;
    this.capability = capability;
  }

  @Override
  public String title() {
    return "Unsupported capability";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("provider", provider.slug(), "capability", capability.slug());
  }
}
