package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformExistsException;
import dev.omnichannel.domain.platform.PlatformRepository;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Platforms in a map, unique by account and slug. */
public final class InMemoryPlatforms implements PlatformRepository {

  private final Map<String, Platform> byId = new LinkedHashMap<>();

  @Override
  public void insert(Platform p) {
    if (list(p.account()).stream().anyMatch(x -> x.slug().equals(p.slug()))) {
      throw new PlatformExistsException(p.slug());
    }
    byId.put(p.id(), p);
  }

  @Override
  public void update(Platform p) {
    byId.put(p.id(), p);
  }

  @Override
  public Optional<Platform> find(ClientIdentifier account, String id) {
    return findById(id).filter(p -> p.account().equals(account));
  }

  @Override
  public List<Platform> list(ClientIdentifier account) {
    return byId.values().stream().filter(p -> p.account().equals(account)).toList();
  }

  @Override
  public Optional<Platform> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public boolean delete(ClientIdentifier account, String id) {
    return find(account, id).map(p -> byId.remove(id) != null).orElse(false);
  }
}
