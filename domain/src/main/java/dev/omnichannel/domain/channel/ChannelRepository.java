package dev.omnichannel.domain.channel;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import java.util.Optional;

/** Port: stores channels, always within one account. */
public interface ChannelRepository {

  void insert(Channel channel);

  void update(Channel channel);

  Optional<Channel> find(ClientIdentifier account, String id);

  /** For webhook calls, which name a channel by id alone and prove themselves by its token. */
  Optional<Channel> findById(String id);

  List<Channel> list(ClientIdentifier account);

  /** The account's channel of that provider and number. */
  Optional<Channel> findByNumber(ClientIdentifier account, Provider provider, String phoneNumber);
}
