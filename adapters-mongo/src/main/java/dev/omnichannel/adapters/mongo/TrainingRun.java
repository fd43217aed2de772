package dev.omnichannel.adapters.mongo;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.smallrye.config.common.MapBackedConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The run in which the package records the classes the service loads at start, for its class-data
 * archive ({@code quarkus.package.jar.appcds.enabled}; an image builds its own the same way): the
 * service starts once, in its build directory, and stops. It must leave nothing there that would
 * ship — no store, no generated keys — and must not need a free port 8080: its data live in a
 * temporary directory removed when it stops, and it listens on any free port.
 */
final class TrainingRun {

  private static Path directory;

  private TrainingRun() {}

  static boolean active() {
    return ApplicationLifecycleManager.isAppCDSGeneration();
  }

  /** Where this run keeps its store and keys; created at the first call. */
  static synchronized Path directory() {
    if (directory == null) {
      try {
        directory = Files.createTempDirectory("omnichannel-training-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a directory for the training run", e);
      }
    }
    return directory;
  }

  /** Above the operator's own settings: a training run has none that matter. */
  static ConfigSource settings() {
    return new MapBackedConfigSource(
        "omnichannel-training-run", Map.of("quarkus.http.port", "0"), 1000) {};
  }

  /** Removes the directory, once the store that wrote it has closed. */
  static synchronized void cleanUp() {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the training run's " + directory, e);
    }
  }
}
