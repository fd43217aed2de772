package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * An open-loop load at a fixed rate: request i is due at start + i/rate whether or not earlier ones
 * have answered, and its latency counts from when it was due (so a stall is not hidden by the
 * client waiting, as a closed loop would).
 */
final class Steady {

  /** Latency percentiles in milliseconds, and how many requests failed. */
  record Result(double p50Ms, double p99Ms, int requests, long errors) {
    String summary() {
      return String.format(
          "p50 %.1f ms, p99 %.1f ms, %d requests, %d errors", p50Ms, p99Ms, requests, errors);
    }
  }

  private Steady() {}

  /**
   * Sends {@code rate * seconds} requests made by {@code requests} (given their index) and records
   * when each was answered (System.nanoTime) in {@code answeredAt} under its index, when given.
   */
  static Result run(int rate, int seconds, IntFunction<HttpRequest> requests, long[] answeredAt)
      throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    int total = rate * seconds;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    long errors[] = new long[1];
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      int index = i;
      inFlight.add(
          client
              .sendAsync(requests.apply(i), HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (answer, failure) -> {
                    long now = System.nanoTime();
                    latencies.add(now - due);
                    if (answeredAt != null) {
                      answeredAt[index] = now;
                    }
                    if (failure != null || answer.statusCode() / 100 != 2) {
                      synchronized (errors) {
                        errors[0]++;
                      }
                    }
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(
        percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, total, errors[0]);
  }

  static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
  }

  static HttpRequest post(String url, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }
}
