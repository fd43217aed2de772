package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelStatus;
import dev.omnichannel.domain.channel.PlatformConfig;

/** Port: asks a provider how a channel's connection is (seed §10.1). */
public interface ChannelStatusReader extends ProviderPort {

  ChannelStatus status(PlatformConfig config, Channel channel);
}
