package dev.omnichannel.adapters.mongo;

import io.quarkus.runtime.ApplicationLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run in which the package records the classes the service loads at start, for its class-data
 * archive ({@code quarkus.package.jar.appcds.enabled}; the JVM image records its own the same way).
 * Quarkus runs the service's static initialisation only (no HTTP server, no start event), in the
 * build directory, but that reads the configuration, which opens the embedded store and generates
 * the keys. Nothing of that may stay where it would ship: this run's store and keys live in a
 * temporary directory removed when the store closes.
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
