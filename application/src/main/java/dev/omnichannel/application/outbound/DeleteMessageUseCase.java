package dev.omnichannel.application.outbound;

import dev.omnichannel.domain.shared.ClientIdentifier;

/** Deletes a sent message for everyone (seed §4.6). */
public interface DeleteMessageUseCase {

  /**
   * @param senderId the channel's number
   * @param channelSlug {@code whatsappweb} or {@code d360}
   * @throws dev.omnichannel.domain.channel.UnsupportedCapabilityException on 360dialog
   */
  void delete(ClientIdentifier account, String messageId, String senderId, String channelSlug);
}
