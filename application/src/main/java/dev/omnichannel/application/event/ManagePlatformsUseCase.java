package dev.omnichannel.application.event;

import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;

/** Registers, changes and removes the platforms that receive an account's events. */
public interface ManagePlatformsUseCase {

  /** A platform with its secret, shown once. */
  record Registered(Platform platform, String secret) {
    @Override
    public String toString() {
      return "Registered[" + platform.slug() + "]";
    }
  }

  /**
   * @throws dev.omnichannel.domain.platform.PlatformExistsException for a slug taken
   */
  Registered register(ClientIdentifier account, String slug, Platform.Settings settings);

  Platform get(ClientIdentifier account, String id);

  List<Platform> list(ClientIdentifier account);

  Platform change(ClientIdentifier account, String id, Platform.Settings settings);

  /** A new secret; the old one signs beside it for 24 hours. */
  String rotateSecret(ClientIdentifier account, String id);

  /** Stops delivery: the platform's pending deliveries end as cancelled. */
  void remove(ClientIdentifier account, String id);
}
