package dev.omnichannel.application.platform;

import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.List;

/** Creates and reads provider connections. */
public class PlatformConfigService
    implements CreatePlatformConfigUseCase, FindPlatformConfigsQuery {

  private final PlatformConfigRepository configs;
  private final IdGenerator ids;
  private final Clock clock;

  public PlatformConfigService(PlatformConfigRepository configs, IdGenerator ids, Clock clock) {
    this.configs = configs;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public PlatformConfig create(CreatePlatformConfigCommand c) {
    PlatformConfig config =
        PlatformConfig.create(
            ids.newId(),
            c.account(),
            c.provider(),
            c.name(),
            c.baseUrl(),
            c.clientNumber(),
            c.apiKey(),
            clock.instant());
    configs.insert(config);
    return config;
  }

  @Override
  public PlatformConfig get(ClientIdentifier account, String id) {
    return configs
        .find(account, id)
        .orElseThrow(() -> new NotFoundException("platform config", id));
  }

  @Override
  public List<PlatformConfig> list(ClientIdentifier account) {
    return configs.list(account);
  }
}
