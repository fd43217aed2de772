package dev.omnichannel.application.channel;

import dev.omnichannel.domain.channel.Channel;

/**
 * Connects a number and points its provider's webhook at us. The channel is created even when the
 * provider cannot be reached; it then says {@code webhookConfigured=false}.
 */
public interface CreateChannelUseCase {

  Channel create(CreateChannelCommand command);
}
