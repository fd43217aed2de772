package dev.omnichannel.application.platform;

import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/** Reads an account's provider connections. */
public interface FindPlatformConfigsQuery {

  /**
   * @throws dev.omnichannel.domain.shared.NotFoundException when the account has no such config
   */
  PlatformConfig get(ClientIdentifier account, String id);

  List<PlatformConfig> list(ClientIdentifier account);
}
