package dev.omnichannel.application.channel;

import dev.omnichannel.domain.channel.ChannelStatus;
import dev.omnichannel.domain.channel.NumberValidation;
import dev.omnichannel.domain.shared.ClientIdentifier;

/** Asks a channel's provider about the connection and about numbers (seed §10). */
public interface ChannelConnectionQuery {

  ChannelStatus status(ClientIdentifier account, String channelId);

  /**
   * @throws dev.omnichannel.domain.channel.UnsupportedCapabilityException on providers without
   *     number validation
   */
  NumberValidation validate(ClientIdentifier account, String channelId, String contact);
}
