package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;

/** Port: deletes a sent message for everyone (seed §4.6; WhatsApp Web only). */
public interface MessageDeleter extends ProviderPort {

  void delete(PlatformConfig config, Channel channel, String messageId);
}
