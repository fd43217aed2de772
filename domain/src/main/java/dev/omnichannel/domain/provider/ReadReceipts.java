package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;

/** Port: tells the customer their messages were read, up to one of them (seed §4.2). */
public interface ReadReceipts extends ProviderPort {

  /**
   * {@code chat}: the conversation's address at the provider; {@code messageId}: the provider's id
   * of the latest message read.
   */
  void markRead(PlatformConfig config, Channel channel, String chat, String messageId);
}
