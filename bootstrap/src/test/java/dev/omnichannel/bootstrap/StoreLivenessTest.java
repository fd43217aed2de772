package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class StoreLivenessTest {

  @Test
  void upWhileTheStoreWorksDownOnceItHasFailed() {
    HealthCheckResponse working = new StoreLiveness(Optional::empty).call();
    HealthCheckResponse failed =
        new StoreLiveness(() -> Optional.of(new IllegalStateException("disk gone"))).call();

    assertThat(working.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(working.getName()).isEqualTo(StoreLiveness.NAME);
    assertThat(failed.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(failed.getData().orElseThrow())
        .containsEntry("error", "the embedded store has failed; restart the service");
  }
}
