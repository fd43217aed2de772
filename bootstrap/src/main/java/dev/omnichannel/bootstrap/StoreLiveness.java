package dev.omnichannel.bootstrap;

import dev.omnichannel.adapters.mongo.EmbeddedMongoConfigSourceFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down once the embedded store has failed (H2 gave up on its file: a disk error, the heap
 * exhausted): nothing can be stored any more until the service restarts and opens the last commit,
 * so an orchestrator should restart it. Readiness goes down too (the store refuses every command, a
 * ping as well). Always up on a real MongoDB: an unreachable database is readiness's concern, and
 * restarting the service would not bring it back.
 */
@Liveness
@ApplicationScoped
public class StoreLiveness implements HealthCheck {

  static final String NAME = "Embedded store";

  private final Supplier<Optional<? extends RuntimeException>> failure;

  StoreLiveness() {
    this(EmbeddedMongoConfigSourceFactory::storeFailure);
  }

  StoreLiveness(Supplier<Optional<? extends RuntimeException>> failure) {
    this.failure = failure;
  }

  @Override
  public HealthCheckResponse call() {
    return failure
        .get()
        .map(
            e ->
                HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", "the embedded store has failed; restart the service")
                    .build())
        .orElseGet(() -> HealthCheckResponse.up(NAME));
  }
}
