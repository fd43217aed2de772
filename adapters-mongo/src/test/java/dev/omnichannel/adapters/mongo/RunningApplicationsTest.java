package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The embedded store's shutdown hook waits for the applications using it, at most so long. */
class RunningApplicationsTest {

  private final RunningApplications applications = new RunningApplications();

  @Test
  void nothingRunningMeansNoWait() {
    applications.started();
    applications.stopped();
    long start = System.nanoTime();
    applications.awaitNoneRunning(Duration.ofMinutes(1));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void theWaitEndsWhenTheLastApplicationStops() throws Exception {
    applications.started();
    applications.started();
    CompletableFuture<Void> closing =
        CompletableFuture.runAsync(() -> applications.awaitNoneRunning(Duration.ofMinutes(1)));
    applications.stopped();
    assertThat(closing).as("one application still runs").isNotDone();
    applications.stopped();
    closing.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aStopThatNeverComesIsWaitedForOnlySoLong() {
    applications.started();
    long start = System.nanoTime();
    applications.awaitNoneRunning(Duration.ofMillis(50));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }
}
