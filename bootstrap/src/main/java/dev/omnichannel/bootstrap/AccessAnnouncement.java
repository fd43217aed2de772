package dev.omnichannel.bootstrap;

import dev.omnichannel.domain.access.OperatorKey;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at start where the operator key comes from, or that operator access is off; never the key.
 */
@Singleton
public class AccessAnnouncement {

  private static final Logger LOG = Logger.getLogger(AccessAnnouncement.class);

  void announce(
      @Observes StartupEvent ignored,
      OperatorKey operator,
      @ConfigProperty(name = "omnichannel.admin-api-key-file") Optional<String> file) {
    if (!operator.isEnabled()) {
      LOG.warn(
          "Operator access is disabled: OMNICHANNEL_ADMIN_API_KEY is not set (account keys keep"
              + " working)");
    } else if (file.isPresent()) {
      LOG.infof(
          "Operator API key: in %s (generated at first start, readable by its owner only)",
          file.get());
    } else {
      LOG.info("Operator API key: from OMNICHANNEL_ADMIN_API_KEY");
    }
  }
}
