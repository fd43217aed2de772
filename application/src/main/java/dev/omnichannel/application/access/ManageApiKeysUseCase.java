package dev.omnichannel.application.access;

import dev.omnichannel.domain.access.ApiKey;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/** Creates, lists and revokes an account's keys. */
public interface ManageApiKeysUseCase {

  /** A new key; its value is in this answer only. */
  CreatedKey create(ClientIdentifier account, String name);

  List<ApiKey> list(ClientIdentifier account);

  /**
   * Revokes at once here, within {@link ApiKey#REVOCATION_DELAY} everywhere.
   *
   * @throws dev.omnichannel.domain.shared.NotFoundException for a key of another account
   */
  ApiKey revoke(ClientIdentifier account, String keyId);

  /** A key as created: its stored form and, once, its value. */
  record CreatedKey(ApiKey key, String value) {
    @Override
    public String toString() {
      return "CreatedKey[" + key.prefix() + "…]";
    }
  }
}
