package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.bootstrap.support.RunningJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package's class-data archive (AppCDS): the README runs the service from the package's
 * directory with it, and the run that recorded it left no store or keys in the package.
 */
class ClassArchiveIT {

  @TempDir Path work;

  @Test
  void theReadmesRunUsesTheArchiveAndItsTrainingLeftNothingBehind() throws Exception {
    Path packaged = Path.of(System.getProperty("omnichannel.app.jar")).getParent();
    assertThat(packaged.resolve("app-cds.jsa")).isRegularFile();
    assertThat(packaged.resolve("data")).as("the training run's store and keys").doesNotExist();
    try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(left.map(Path::getFileName).map(Path::toString))
          .noneMatch(name -> name.startsWith("omnichannel-training-"));
    }

    // -Xshare:on: the JVM refuses to start when it cannot use the archive
    Path dataDir = work.resolve("data");
    try (RunningJar app =
        RunningJar.start(
            work,
            Map.of("OMNICHANNEL_DATA_DIR", dataDir.toString()),
            packaged,
            List.of(
                "-XX:SharedArchiveFile=app-cds.jsa", "-Xshare:on", "-jar", "quarkus-run.jar"))) {
      assertThat(app.get("/q/health/ready").statusCode()).isEqualTo(200);
      assertThat(dataDir.resolve("admin-api-key")).isRegularFile();
    }
  }
}
