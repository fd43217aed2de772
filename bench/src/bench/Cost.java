package bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * bench/run 0 cost: what one inbound message costs the service, events included — its CPU time
 * and the bytes it writes to disk — at a steady 60 new 360dialog messages/s for 30 s (twice, after
 * a 10 s warm-up), and how long the events of those messages took to reach the platform once the
 * webhooks stopped. Rates and latencies depend on the machine's load; these two do much less.
 */
final class Cost {

  static final int RATE = 60;
  static final int SECONDS = 30;

  private Cost() {}

  static void measure(Service service, Account account, Table table) throws Exception {
    Wrk.run(
        account.whatsAppWebWebhook,
        8,
        10,
        Path.of("bench/lua/deliver.lua").toAbsolutePath(),
        Map.of("BENCH_PROVIDER", "whatsappweb", "BENCH_PHASE", "1", "BENCH_POOL", "0"));
    waitForDeliveries(account);
    for (int round = 1; round <= 2; round++) {
      long cpu = service.cpuMillis();
      long written = service.writtenBytes();
      String phase = String.valueOf(6 + round);
      Steady.Result webhooks =
          Steady.run(
              RATE,
              SECONDS,
              i -> Steady.post(account.d360Webhook, Load.d360Text("C", "55218", phase, i)),
              null);
      long stopped = System.nanoTime();
      waitForDeliveries(account);
      double drained = (System.nanoTime() - stopped) / 1e9;
      int messages = RATE * SECONDS;
      table.info(
          "round " + round + ": " + RATE + " webhooks/s for " + SECONDS + " s", webhooks.summary());
      table.info(
          "round " + round + ": CPU per message, events included",
          String.format("%.1f ms", (service.cpuMillis() - cpu) / (double) messages));
      table.info(
          "round " + round + ": written to disk per message",
          String.format("%.0f KB", (service.writtenBytes() - written) / 1024.0 / messages));
      table.info(
          "round " + round + ": events delivered, after the last webhook",
          String.format("%.1f s", drained));
    }
  }

  private static void waitForDeliveries(Account account) throws Exception {
    while (account.pendingDeliveries() > 0) {
      Thread.sleep(100);
    }
  }
}
