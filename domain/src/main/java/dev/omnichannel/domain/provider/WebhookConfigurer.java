package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import java.net.URI;

/** Port: points a provider's webhook for a channel at our URL (seed §9). */
public interface WebhookConfigurer extends ProviderPort {

  /**
   * @throws ProviderException when the provider cannot be reached or refuses
   */
  void configure(PlatformConfig config, Channel channel, URI webhookUrl);
}
