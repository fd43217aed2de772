package dev.omnichannel.bootstrap;

import dev.omnichannel.domain.access.OperatorKey;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at start which database is used (for the embedded one, where its files are and the commit
 * gap when one is set) and where the operator key comes from, or that operator access is off; never
 * the key.
 */
@Singleton
public class AccessAnnouncement {

  private static final Logger LOG = Logger.getLogger(AccessAnnouncement.class);

  void announce(
      @Observes StartupEvent ignored,
      OperatorKey operator,
      @ConfigProperty(name = "omnichannel.admin-api-key-file") Optional<String> file,
      @ConfigProperty(name = "omnichannel.embedded-mongo.active", defaultValue = "false")
          boolean embedded,
      @ConfigProperty(name = "omnichannel.embedded-mongo.storage", defaultValue = "file")
          String storage,
      @ConfigProperty(name = "omnichannel.data-dir", defaultValue = "data") String dataDir,
      @ConfigProperty(name = "omnichannel.embedded-mongo.commit-gap-ms", defaultValue = "0")
          long commitGapMs,
      @ConfigProperty(name = "quarkus.mongodb.database") String database) {
    if (!embedded) {
      LOG.infof("Database: MongoDB at QUARKUS_MONGODB_CONNECTION_STRING, database %s", database);
    } else if ("memory".equals(storage)) {
      LOG.info("Database: the embedded MongoDB, in memory (nothing is kept after a stop)");
    } else {
      LOG.infof(
          "Database: the embedded MongoDB, its files in %s%s",
          java.nio.file.Path.of(dataDir).toAbsolutePath().normalize(),
          commitGapMs > 0
              ? ", journal syncs at least "
                  + commitGapMs
                  + " ms apart (OMNICHANNEL_EMBEDDED_MONGO_COMMIT_GAP_MS)"
              : "");
    }
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
