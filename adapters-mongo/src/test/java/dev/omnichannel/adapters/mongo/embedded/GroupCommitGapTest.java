package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * Commits under steady writes start a gap apart, so each covers more writes; the first one after a
 * quiet spell does not wait. On a clock of the test's own: the committer's waits move it.
 */
class GroupCommitGapTest {

  private static final long T0 = 1_000_000_000L;
  private static final long GAP = Duration.ofMillis(10).toNanos();

  private final AtomicLong now = new AtomicLong(T0);
  private final List<Long> starts = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());

  @Test
  void underSteadyWritesCommitsStartAGapApartAndAfterAQuietSpellAtOnce() {
    MVStore store = new MVStore.Builder().open();
    try (GroupCommit commits =
        new GroupCommit(
            store,
            () -> starts.add(now.get()),
            Duration.ofNanos(GAP),
            now::get,
            nanos -> {
              waits.add(nanos);
              now.addAndGet(nanos);
            })) {
      commits.awaitDurable(); // the store was quiet: committed at once
      commits.awaitDurable(); // right after a commit started: it waits out the gap
      now.addAndGet(3 * GAP); // a quiet spell
      commits.awaitDurable();
    } finally {
      store.close();
    }

    assertThat(starts).containsExactly(T0, T0 + GAP, T0 + 4 * GAP);
    assertThat(waits).containsExactly(GAP);
  }
}
