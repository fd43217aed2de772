package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.access.ApiKey;
import dev.omnichannel.domain.access.ApiKeyRepository;
import dev.omnichannel.domain.access.KeyHash;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keys in a map; counts the uses written down. */
public final class InMemoryApiKeys implements ApiKeyRepository {

  private final Map<String, ApiKey> keys = new LinkedHashMap<>();
  public final List<Instant> recordedUses = new ArrayList<>();

  @Override
  public void insert(ApiKey key) {
    keys.put(key.id(), key);
  }

  @Override
  public Optional<ApiKey> findByHash(KeyHash hash) {
    return keys.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
  }

  @Override
  public Optional<ApiKey> find(ClientIdentifier account, String id) {
    return Optional.ofNullable(keys.get(id)).filter(k -> k.account().equals(account));
  }

  @Override
  public List<ApiKey> list(ClientIdentifier account) {
    return keys.values().stream().filter(k -> k.account().equals(account)).toList();
  }

  @Override
  public void revoke(ApiKey revoked) {
    keys.put(revoked.id(), revoked);
  }

  @Override
  public void recordUse(String id, Instant now) {
    recordedUses.add(now);
    keys.computeIfPresent(id, (k, key) -> key.usedAt(now));
  }
}
