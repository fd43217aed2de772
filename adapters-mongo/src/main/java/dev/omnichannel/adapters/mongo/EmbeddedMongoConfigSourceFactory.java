package dev.omnichannel.adapters.mongo;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Starts the embedded MongoDB when no {@code quarkus.mongodb.connection-string} is configured, and
 * hands its address to the MongoDB client. A config source factory runs before any bean exists, so
 * the server is up before anything connects.
 *
 * <p>{@code omnichannel.data-dir} (env {@code OMNICHANNEL_DATA_DIR}, default {@code ./data}) is
 * where its file lives; {@code omnichannel.embedded-mongo.storage=memory} keeps it in memory
 * (tests).
 */
public class EmbeddedMongoConfigSourceFactory implements ConfigSourceFactory {

  static final String CONNECTION_STRING = "quarkus.mongodb.connection-string";

  /** Set when the embedded server serves this process. */
  public static final String ACTIVE = "omnichannel.embedded-mongo.active";

  private static EmbeddedMongoServer server;

  /**
   * The applications using the store in this JVM: its shutdown hook waits for them to stop (their
   * workers, requests and clients) before it closes the store, since the JVM runs every shutdown
   * hook at once; at most this long, so a stop that hangs never keeps the process alive.
   */
  static final RunningApplications APPLICATIONS = new RunningApplications();

  private static final Duration LAST_STOP = Duration.ofSeconds(30);

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (isSet(context.getValue(CONNECTION_STRING)) || isBuilding()) {
      return List.of();
    }
    if (!isEmbeddedServerPresent()) {
      throw new IllegalStateException(
          "Set QUARKUS_MONGODB_CONNECTION_STRING: this build (native) has no embedded MongoDB");
    }
    Map<String, String> config = new LinkedHashMap<>();
    config.put(CONNECTION_STRING, start(context).connectionString());
    config.put(ACTIVE, "true");
    if (!inMemory(context)) {
      config.putAll(DataDirSecrets.read(dataDir(context), name -> isSet(context.getValue(name))));
    }
    return List.of(new MapBackedConfigSource("omnichannel-embedded-mongodb", config, 50) {});
  }

  private static boolean inMemory(ConfigSourceContext context) {
    ConfigValue storage = context.getValue("omnichannel.embedded-mongo.storage");
    return isSet(storage) && "memory".equals(storage.getValue());
  }

  /**
   * {@code omnichannel.embedded-mongo.commit-gap-ms} (env {@code
   * OMNICHANNEL_EMBEDDED_MONGO_COMMIT_GAP_MS}, default 0): the least time between the starts of two
   * journal syncs (what acknowledged writes wait for) under steady writes; docs/performance.md
   * ("commit gap") weighs it.
   */
  private static Duration commitGap(ConfigSourceContext context) {
    ConfigValue gap = context.getValue("omnichannel.embedded-mongo.commit-gap-ms");
    if (!isSet(gap)) {
      return Duration.ZERO;
    }
    try {
      return Duration.ofMillis(Math.max(0, Long.parseLong(gap.getValue().trim())));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "omnichannel.embedded-mongo.commit-gap-ms is a number of milliseconds: "
              + gap.getValue());
    }
  }

  private static Path dataDir(ConfigSourceContext context) {
    if (TrainingRun.active()) {
      return TrainingRun.directory();
    }
    ConfigValue dir = context.getValue("omnichannel.data-dir");
    return Path.of(isSet(dir) ? dir.getValue() : "data");
  }

  /**
   * The error the embedded store failed with, once it has; empty while it works, and when the
   * service runs on a real MongoDB.
   */
  public static synchronized Optional<? extends RuntimeException> storeFailure() {
    return server == null ? Optional.empty() : server.failure();
  }

  /** One server per JVM, however often the configuration is built. */
  private static synchronized EmbeddedMongoServer start(ConfigSourceContext context) {
    if (server == null) {
      server =
          inMemory(context)
              ? EmbeddedMongoServer.inMemory()
              : EmbeddedMongoServer.onFile(dataDir(context), commitGap(context));
      EmbeddedMongoServer started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    APPLICATIONS.awaitNoneRunning(LAST_STOP);
                    Logger.getLogger(EmbeddedMongoConfigSourceFactory.class)
                        .info("Closing the embedded MongoDB");
                    started.stop();
                    TrainingRun.cleanUp();
                  },
                  "embedded-mongodb-stop"));
    }
    return server;
  }

  /**
   * Quarkus also reads configuration while it builds the application, and records what it sees as
   * runtime defaults. The server belongs to the running application: starting it during the build
   * would leave files in the build directory and bake a dead port into the artifact. Quarkus builds
   * with its deployment class loader as the context class loader; nothing runs on it later.
   */
  private static boolean isBuilding() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String name = loader == null ? null : loader.getName();
    return name != null
        && (name.startsWith("Deployment Class Loader")
            || name.startsWith("Augmentation Class Loader"));
  }

  private static boolean isEmbeddedServerPresent() {
    try {
      Class.forName(
          "de.bwaldvogel.mongo.MongoServer",
          false,
          EmbeddedMongoConfigSourceFactory.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static boolean isSet(ConfigValue value) {
    return value != null && value.getValue() != null && !value.getValue().isBlank();
  }
}
