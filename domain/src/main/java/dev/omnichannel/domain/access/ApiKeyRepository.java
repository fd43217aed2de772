package dev.omnichannel.domain.access;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stores account keys by their hash, always within one account. */
public interface ApiKeyRepository {

  void insert(ApiKey key);

  /**
   * The key with that hash, revoked or not. May answer from a cache up to {@link
   * ApiKey#REVOCATION_DELAY} old.
   */
  Optional<ApiKey> findByHash(KeyHash hash);

  Optional<ApiKey> find(ClientIdentifier account, String id);

  /** The account's keys, oldest first. */
  List<ApiKey> list(ClientIdentifier account);

  /** Stores a revocation; effective at once on this replica. */
  void revoke(ApiKey revoked);

  /**
   * Writes down that the key was used at {@code now}, unless a use within {@link
   * ApiKey#USE_RECORDING_INTERVAL} is already written.
   */
  void recordUse(String id, Instant now);
}
