package dev.omnichannel.application.access;

import dev.omnichannel.domain.access.ApiKey;
import dev.omnichannel.domain.access.ApiKeyRepository;
import dev.omnichannel.domain.access.ApiKeySecret;
import dev.omnichannel.domain.access.Caller;
import dev.omnichannel.domain.access.KeyHash;
import dev.omnichannel.domain.access.OperatorKey;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Authenticates keys and manages account keys. No key value is ever logged. */
public class AccessService implements AuthenticateCallerUseCase, ManageApiKeysUseCase {

  private static final Logger LOG = Logger.getLogger(AccessService.class.getName());

  private final ApiKeyRepository keys;
  private final OperatorKey operator;
  private final IdGenerator ids;
  private final Clock clock;

  /** Uses this replica wrote down, so a cached key does not cause a write per request. */
  private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

  public AccessService(ApiKeyRepository keys, OperatorKey operator, IdGenerator ids, Clock clock) {
    this.keys = keys;
    this.operator = operator;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Optional<Caller> authenticate(String presentedKey) {
    if (presentedKey == null || presentedKey.isBlank()) {
      return Optional.empty();
    }
    KeyHash hash = KeyHash.of(presentedKey.trim());
    if (operator.matches(hash)) {
      return Optional.of(Caller.operator());
    }
    Optional<ApiKey> key =
        keys.findByHash(hash).filter(k -> k.hash().matches(hash)).filter(ApiKey::isActive);
    key.ifPresent(this::recordUse);
    return key.map(Caller::of);
  }

  /** A failure to write down the use never refuses the request. */
  private void recordUse(ApiKey key) {
    Instant now = clock.instant();
    Instant here = recorded.get(key.id());
    ApiKey known =
        here == null ? key : key.usedAt(key.lastUse().filter(here::isBefore).orElse(here));
    if (!known.useIsWorthRecording(now)) {
      return;
    }
    recorded.put(key.id(), now);
    try {
      keys.recordUse(key.id(), now);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Could not record the use of key {0}: {1}", new Object[] {key.id(), e});
    }
  }

  @Override
  public CreatedKey create(ClientIdentifier account, String name) {
    ApiKeySecret secret = ApiKeySecret.generate();
    ApiKey key = ApiKey.issue(ids.newId(), account, name, secret, clock.instant());
    keys.insert(key);
    return new CreatedKey(key, secret.value());
  }

  @Override
  public List<ApiKey> list(ClientIdentifier account) {
    return keys.list(account);
  }

  @Override
  public ApiKey revoke(ClientIdentifier account, String keyId) {
    ApiKey revoked =
        keys.find(account, keyId)
            .orElseThrow(() -> new NotFoundException("api key", keyId))
            .revoke(clock.instant());
    keys.revoke(revoked);
    return revoked;
  }
}
