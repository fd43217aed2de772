package dev.omnichannel.application.outbound;

import dev.omnichannel.domain.shared.ClientIdentifier;

/** Sends to a WhatsApp group (seed §3). */
public interface SendGroupMessageUseCase {

  /**
   * @param channelId optional: without it, the channel is the group contact's
   * @throws dev.omnichannel.domain.shared.NotFoundException for an unknown group
   * @throws dev.omnichannel.domain.channel.UnsupportedCapabilityException through 360dialog
   */
  String send(
      ClientIdentifier account, String groupId, String channelId, String text, String mediaUri);
}
