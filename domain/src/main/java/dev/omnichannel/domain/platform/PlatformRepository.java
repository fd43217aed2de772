package dev.omnichannel.domain.platform;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import java.util.Optional;

/** Port: stores platforms, one per slug in an account; secrets kept encrypted. */
public interface PlatformRepository {

  /**
   * @throws PlatformExistsException when the account has a platform of that slug
   */
  void insert(Platform platform);

  void update(Platform platform);

  Optional<Platform> find(ClientIdentifier account, String id);

  /** The account's platforms; may answer from a cache a few seconds old. */
  List<Platform> list(ClientIdentifier account);

  /** The platform by id alone (deliveries name it so); may answer from a cache. */
  Optional<Platform> findById(String id);

  boolean delete(ClientIdentifier account, String id);
}
