package dev.omnichannel.application.channel;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/** Reads an account's channels. */
public interface FindChannelsQuery {

  Channel get(ClientIdentifier account, String channelId);

  List<Channel> list(ClientIdentifier account);
}
