package dev.omnichannel.application.outbound;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A step run beside the caller's own work: handed to another thread at {@link #start}, and taken
 * back by the caller at {@link #join} if no thread has begun it by then — so waiting for it never
 * depends on a free thread (a busy pool, a refused task), and it runs exactly once.
 */
final class Overlapped<T> {

  private final Supplier<T> step;
  private final AtomicBoolean taken = new AtomicBoolean();
  private final CompletableFuture<T> result = new CompletableFuture<>();

  private Overlapped(Supplier<T> step) {
    this.step = step;
  }

  static <T> Overlapped<T> start(Executor executor, Supplier<T> step) {
    Overlapped<T> overlapped = new Overlapped<>(step);
    try {
      executor.execute(overlapped::runUnlessTaken);
    } catch (RejectedExecutionException busy) {
      // the caller runs it at join()
    }
    return overlapped;
  }

  private void runUnlessTaken() {
    if (!taken.compareAndSet(false, true)) {
      return;
    }
    try {
      result.complete(step.get());
    } catch (Throwable t) {
      result.completeExceptionally(t);
    }
  }

  /** The step's result, or what it threw; runs it here when no other thread has begun it. */
  T join() {
    if (taken.compareAndSet(false, true)) {
      return step.get();
    }
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
