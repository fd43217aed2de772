package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running compaction's rewrites follow the dead space: while writes leave the chunks mostly
 * dead, each look rewrites more, until the chunks are over the target; then each rewrites less.
 */
class CompactionTest {

  private static final int VALUES = 2000;

  @TempDir Path dir;

  private final Random random = new Random(7);
  private MVStore store;
  private MVMap<Integer, String> map;
  private IndexedH2Backend backend;
  private Compaction compaction;

  @BeforeEach
  void open() {
    CompactingFileStore file =
        new CompactingFileStore(new HashMap<>(Map.of("autoCompactFillRate", 0)));
    file.open(dir.resolve("test.mv.db").toString(), false, null);
    store = new MVStore.Builder().adoptFileStore(file).compress().open();
    store.setRetentionTime(0); // chunks no version needs are dropped at the next commit
    store.setVersionsToKeep(0); // ... even while no other commit comes
    backend = new IndexedH2Backend(store);
    compaction = new Compaction(backend, () -> 0L); // looks that take no time never rest
    map = store.openMap("values");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void rewritesGrowWhileTheChunksAreMostlyDeadAndShrinkOnceTheyAreNot() {
    churn();

    int largest = Compaction.MIN_REWRITE_BYTES;
    int looks = 0;
    while (store.getFileStore().getChunksFillRate() < Compaction.REWRITE_BELOW_LIVE) {
      assertThat(looks++).as("looks before the chunks were over the target").isLessThan(200);
      writeBetweenLooks(looks);
      compaction.step();
      largest = Math.max(largest, compaction.rewriteBytes());
    }
    assertThat(largest).isGreaterThan(Compaction.MIN_REWRITE_BYTES);

    for (int i = 0; i < 5; i++) {
      writeBetweenLooks(i);
      compaction.step();
    }
    assertThat(store.getFileStore().getChunksFillRate())
        .isGreaterThanOrEqualTo(Compaction.REWRITE_BELOW_LIVE);
    assertThat(compaction.rewriteBytes()).isLessThan(largest);
    assertThat(map.size()).isEqualTo(VALUES);
  }

  @Test
  void whileNothingElseWritesTheLooksCatchUpFurther() {
    churn();

    int looks = 0;
    while (!caughtUp()) {
      assertThat(looks++).as("looks before the store caught up").isLessThan(3);
      compaction.step();
      store.commit(); // the commit the store's committer makes of a rewrite's pages
    }
    assertThat(store.getFileStore().getChunksFillRate())
        .isGreaterThanOrEqualTo(Compaction.IDLE_REWRITE_BELOW_LIVE);
    assertThat(store.getFileStore().getFillRate()).isGreaterThanOrEqualTo(95);
    assertThat(map.size()).isEqualTo(VALUES);
  }

  private boolean caughtUp() {
    return store.getFileStore().getChunksFillRate() >= Compaction.IDLE_REWRITE_BELOW_LIVE
        && store.getFileStore().getFillRate() >= 95;
  }

  /** Values written, then random ones overwritten: chunks left mostly dead. */
  private void churn() {
    for (int i = 0; i < VALUES * 3; i++) {
      map.put(i < VALUES ? i : random.nextInt(VALUES), body());
      if (i % 50 == 49) {
        store.commit();
      }
    }
    assertThat(store.getFileStore().getChunksFillRate()).isLessThan(Compaction.REWRITE_BELOW_LIVE);
  }

  @Test
  void underWritesTheLooksTakeAtMostTheirShareOfTheTime() {
    AtomicLong now = new AtomicLong();
    // every reading of the clock is 10 ms later: a look that works takes 10 ms
    Compaction timed = new Compaction(backend, () -> now.getAndAdd(10_000_000));
    churn();

    int looks = 20;
    for (int look = 0; look < looks; look++) {
      for (int i = 0; i < 100; i++) { // writes enough to keep the chunks mostly dead
        map.put(random.nextInt(VALUES), body());
        if (i % 10 == 9) {
          store.commit();
        }
      }
      timed.step();
    }
    // a look that works for 10 ms rests for 40 ms: every fifth look at most (the store, so
    // churned, takes more than that to be over the target: the test above)
    assertThat(timed.looksThatWorked())
        .isBetween(2, looks * Compaction.SHARE_UNDER_WRITES / 100 + 1);
  }

  /** A write between two looks, so that the store is not idle. */
  private void writeBetweenLooks(int look) {
    map.put(look % VALUES, body());
    store.commit();
  }

  /** 1 KB that does not compress. */
  private String body() {
    byte[] bytes = new byte[512];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
