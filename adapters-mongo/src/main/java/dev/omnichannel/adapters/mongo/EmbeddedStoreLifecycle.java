package dev.omnichannel.adapters.mongo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells the embedded store when the application has started and when it is gone — after its HTTP
 * server, workers and beans have stopped, the last thing Quarkus does — so the store closes only
 * then ({@link EmbeddedMongoConfigSourceFactory#APPLICATIONS}). Before, the JVM ran the store's
 * shutdown hook alongside Quarkus's, and work still running failed against a closed store.
 */
@Singleton
public class EmbeddedStoreLifecycle {

  private static final Logger LOG = Logger.getLogger(EmbeddedStoreLifecycle.class);

  private final boolean embedded;

  EmbeddedStoreLifecycle(
      @ConfigProperty(name = EmbeddedMongoConfigSourceFactory.ACTIVE, defaultValue = "false")
          boolean embedded) {
    this.embedded = embedded;
  }

  void started(@Observes StartupEvent ignored) {
    EmbeddedMongoConfigSourceFactory.APPLICATIONS.started();
  }

  void stopped(@Observes @Destroyed(ApplicationScoped.class) Object ignored) {
    if (embedded) {
      LOG.info("The application has stopped; the embedded MongoDB can close");
    }
    EmbeddedMongoConfigSourceFactory.APPLICATIONS.stopped();
  }
}
