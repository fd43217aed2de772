package dev.omnichannel.application.channel;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.shared.ClientIdentifier;

/** Points the provider's webhook of a channel at us again. */
public interface ConfigureWebhookUseCase {

  /**
   * @throws dev.omnichannel.domain.provider.ProviderException when the provider still fails; the
   *     channel then records {@code webhookConfigured=false}
   */
  Channel configureWebhook(ClientIdentifier account, String channelId);
}
