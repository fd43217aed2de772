package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * bench/run 0 send: the send overhead alone, a few minutes instead of the full run's half hour —
 * WhatsApp Web sessions made by 10 s of webhooks, then three rounds of 50 sends/s for 10 s through
 * the service, each followed by the same rate to the stub directly, with the CPU each send cost
 * (its event and delivery included) and each round's median overhead over the stub.
 */
final class SendCost {

  static final int RATE = 50;
  static final int SECONDS = 10;

  private SendCost() {}

  static void measure(Service service, Account account, Stub stub, Path work, Table table)
      throws Exception {
    Wrk.run(
        account.whatsAppWebWebhook,
        8,
        10,
        Path.of("bench/lua/deliver.lua").toAbsolutePath(),
        Map.of("BENCH_PROVIDER", "whatsappweb", "BENCH_PHASE", "1", "BENCH_POOL", "0"));
    List<String> ids = Files.readAllLines(account.sessions(500, work.resolve("sessions.txt")));
    for (int round = 1; round <= 3; round++) {
      while (account.pendingDeliveries() > 0) {
        Thread.sleep(100);
      }
      long cpu = service.cpuMillis();
      Steady.Result sends =
          Steady.run(
              RATE,
              SECONDS,
              i ->
                  Steady.post(
                      account.api.base() + "/api/message/send",
                      "{\"sessionId\":\"%s\",\"text\":\"Claro!\"}"
                          .formatted(ids.get(i % ids.size())),
                      "Authorization",
                      "Bearer " + account.key),
              null);
      while (account.pendingDeliveries() > 0) {
        Thread.sleep(100);
      }
      double cpuPerSend = (service.cpuMillis() - cpu) / (double) (RATE * SECONDS);
      Steady.Result direct =
          Steady.run(
              RATE,
              SECONDS,
              i ->
                  Steady.post(
                      stub.baseUrl() + "/5521977776666/send",
                      "{\"number\":\"1\",\"message\":\"x\"}"),
              null);
      table.info("round " + round + ": sends through the service", sends.summary());
      table.info("round " + round + ": to the stub directly", direct.summary());
      table.info(
          "round " + round + ": send overhead over the stub, median",
          String.format("%.1f ms", sends.p50Ms() - direct.p50Ms()));
      table.info(
          "round " + round + ": CPU per send, its event included",
          String.format("%.1f ms", cpuPerSend));
    }
  }
}
