package dev.omnichannel.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverlappedTest {

  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void runsOnAnotherThreadWhileTheCallerWorks() throws Exception {
    CountDownLatch begun = new CountDownLatch(1);
    CountDownLatch callerDone = new CountDownLatch(1);
    Overlapped<String> read =
        Overlapped.start(
            pool,
            () -> {
              begun.countDown();
              await(callerDone); // it ends only after the caller's own work
              return Thread.currentThread().getName();
            });
    assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();
    callerDone.countDown();
    assertThat(read.join()).isNotEqualTo(Thread.currentThread().getName());
  }

  @Test
  void theCallerTakesBackAStepNoThreadHasBegun() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    pool.execute(() -> await(release)); // the pool's only thread is busy
    AtomicInteger runs = new AtomicInteger();
    Overlapped<String> read =
        Overlapped.start(
            pool,
            () -> {
              runs.incrementAndGet();
              return Thread.currentThread().getName();
            });
    assertThat(read.join()).isEqualTo(Thread.currentThread().getName());
    release.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    assertThat(runs).hasValue(1); // the queued task found it taken
  }

  @Test
  void aRefusedTaskRunsAtJoin() {
    List<Runnable> refused = new ArrayList<>();
    Overlapped<Integer> read =
        Overlapped.start(
            task -> {
              refused.add(task);
              throw new RejectedExecutionException("full");
            },
            () -> 42);
    assertThat(read.join()).isEqualTo(42);
    assertThat(refused).hasSize(1);
  }

  @Test
  void whatTheStepThrowsReachesTheCaller() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Overlapped<String> read =
        Overlapped.start(
            pool,
            () -> {
              started.countDown();
              throw new IllegalStateException("the store is down");
            });
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(read::join)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the store is down");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new AssertionError("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
