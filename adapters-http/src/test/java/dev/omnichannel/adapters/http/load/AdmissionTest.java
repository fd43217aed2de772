package dev.omnichannel.adapters.http.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.adapters.http.load.Admission.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  private static final long SECOND = 1_000_000_000L;
  private final Admission tenSeconds = new Admission(Duration.ofSeconds(10));

  @Test
  void workStartsWithinTheDeadline() {
    assertThat(tenSeconds.of(5 * SECOND, 5 * SECOND, false)).isEqualTo(Verdict.START);
    assertThat(tenSeconds.of(5 * SECOND, 15 * SECOND - 1, false)).isEqualTo(Verdict.START);
  }

  @Test
  void workThatWaitedToTheDeadlineIsNotStarted() {
    assertThat(tenSeconds.of(5 * SECOND, 15 * SECOND, false)).isEqualTo(Verdict.EXPIRED);
    // nanoTime may be negative; only differences count
    assertThat(tenSeconds.of(-20 * SECOND, -9 * SECOND, false)).isEqualTo(Verdict.EXPIRED);
  }

  @Test
  void aCallerWhoHungUpIsNotServedEvenInTime() {
    assertThat(tenSeconds.of(5 * SECOND, 5 * SECOND, true)).isEqualTo(Verdict.CALLER_GONE);
  }

  @Test
  void aNegativeDeadlineIsAConfigurationError() {
    assertThatThrownBy(() -> new Admission(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
