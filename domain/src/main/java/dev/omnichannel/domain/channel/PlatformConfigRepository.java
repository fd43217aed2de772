package dev.omnichannel.domain.channel;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import java.util.Optional;

/** Port: stores provider connections, always within one account. */
public interface PlatformConfigRepository {

  void insert(PlatformConfig config);

  Optional<PlatformConfig> find(ClientIdentifier account, String id);

  List<PlatformConfig> list(ClientIdentifier account);
}
