package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.application.media.MediaFetching;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A stop ends the media workers quietly, and waits for them. */
class MediaWorkersTest {

  @Test
  void aStopEndsAFetchUnderWayWithoutAWarningAndWaitsForTheWorker() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<Thread> worker = new AtomicReference<>();
    MediaFetching blocking =
        new MediaFetching(null, null, null, null, null, null, null, null, 0, null) {
          @Override
          public boolean fetchOnce() {
            calls.incrementAndGet();
            worker.set(Thread.currentThread());
            fetching.countDown();
            try {
              Thread.sleep(60_000); // a provider call, ended by the stop's interrupt
              return true;
            } catch (InterruptedException e) {
              // as a client does: the interrupted call fails with a runtime exception
              throw new IllegalStateException("the call was interrupted", e);
            }
          }
        };
    MediaWorkers workers = new MediaWorkers(blocking);
    workers.workers = 1;
    workers.enabled = true;
    List<Level> logged = new ArrayList<>();
    Logger log = Logger.getLogger(MediaWorkers.class.getName());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            if (Thread.currentThread() == worker.get()) { // not the running service's workers
              logged.add(r.getLevel());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(handler);
    try {
      workers.start();
      assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();

      workers.stop(null);

      assertThat(worker.get().isAlive()).as("the worker outlived the stop").isFalse();
      assertThat(logged).doesNotContain(Level.WARNING);
      assertThat(calls).hasValue(1);
    } finally {
      log.removeHandler(handler);
    }
  }
}
