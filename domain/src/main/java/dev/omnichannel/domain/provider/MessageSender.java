package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.SentMessage;

/** Port: sends one message through a channel's provider. */
public interface MessageSender extends ProviderPort {

  /**
   * @param to a phone number (digits) or a group id
   * @param signedText the text or caption the customer reads (signature applied)
   * @throws ProviderException classified by what the provider answered
   */
  SentMessage send(
      PlatformConfig config,
      Channel channel,
      String to,
      OutboundMessage message,
      String signedText);
}
