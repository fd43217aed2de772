package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The write loads: ingest and sends at full speed, steady-rate latencies, and the pre-load. */
final class Load {

  record Rates(double d360, double whatsAppWeb, double sends, long stored) {}

  record Latencies(
      Steady.Result webhook,
      double eventMedianMs,
      double eventP99Ms,
      double sendOverheadMs,
      long stored) {}

  private final Path work;
  private final Stub stub;
  private final Account account;
  private final Table table;
  private final Path deliver = Path.of("bench/lua/deliver.lua").toAbsolutePath();
  private final Path send = Path.of("bench/lua/send.lua").toAbsolutePath();
  private double preloadRate = 300;

  Load(Path work, Stub stub, Account account, Table table) {
    this.work = work;
    this.stub = stub;
    this.account = account;
    this.table = table;
  }

  /** Ingest of new messages from new senders on each provider, then sends, at full speed. */
  Rates rates(String store, String d360Phase, String whatsAppWebPhase, double ceiling)
      throws Exception {
    Wrk.Result d360 = ingest("d360", account.d360Webhook, d360Phase, 0, null);
    table.check(
        store + ": ingest 360dialog ÷ store ceiling",
        String.format("%.2f (%s)", d360.rate() / ceiling, d360.summary()),
        "≥ 0.6",
        d360.rate() / ceiling >= 0.6);
    Wrk.Result web = ingest("whatsappweb", account.whatsAppWebWebhook, whatsAppWebPhase, 0, null);
    table.check(
        store + ": ingest WhatsApp Web ÷ store ceiling",
        String.format("%.2f (%s)", web.rate() / ceiling, web.summary()),
        "≥ 0.6",
        web.rate() / ceiling >= 0.6);
    Path sessions = account.sessions(500, work.resolve("sessions.txt"));
    Wrk.Result sends =
        Wrk.run(
            account.api.base() + "/api/message/send",
            Bench.CONNECTIONS,
            Bench.SECONDS,
            send,
            Map.of("BENCH_SESSIONS", sessions.toString(), "BENCH_KEY", account.key));
    double ingest = Math.max(d360.rate(), web.rate());
    table.check(
        store + ": sends (WhatsApp Web) ÷ ingest",
        String.format("%.2f (%s)", sends.rate() / ingest, sends.summary()),
        "≥ 0.8",
        sends.rate() / ingest >= 0.8);
    return new Rates(
        d360.rate(),
        web.rate(),
        sends.rate(),
        d360.requests() - d360.errors() + web.requests() - web.errors() + sends.requests()
            - sends.errors());
  }

  private Wrk.Result ingest(String provider, String url, String phase, int pool, String hot)
      throws Exception {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("BENCH_PROVIDER", provider);
    env.put("BENCH_PHASE", phase);
    env.put("BENCH_POOL", String.valueOf(pool));
    if (hot != null) {
      env.put("BENCH_HOT", hot);
    }
    int seconds = pool > 0 ? (int) Math.max(5, Math.min(120, pool / 10)) : Bench.SECONDS;
    return Wrk.run(url, Bench.CONNECTIONS, seconds, deliver, env);
  }

  /**
   * Webhooks at a steady 100/s and then 20/s (360dialog, new senders), each after the event
   * backlog drained, with each message's event latency; then sends and the stub alone at 50/s.
   * The event-latency target is checked at 20/s, where delivery keeps up; 100/s shows the cost of
   * falling behind.
   */
  Latencies latencies(String phase) throws Exception {
    drainEvents("event backlog after the full-speed runs");
    Events busy = steadyWebhooks(100, 30, phase);
    table.info("steady 100 webhooks/s for 30 s (360dialog)", busy.webhook().summary());
    table.info(
        "  events of those messages received",
        String.format(
            "%d of %d, median %.0f ms after the answer",
            busy.latencies().size(), busy.sent(), Steady.percentile(busy.latencies(), 50) / 1e6));
    drainEvents("event backlog after the full-speed runs");
    Events calm = steadyWebhooks(20, 30, CALM_PHASE);
    table.info("steady 20 webhooks/s for 30 s (360dialog)", calm.webhook().summary());
    table.info(
        "  events of those messages received", calm.latencies().size() + " of " + calm.sent());
    Path sessions = account.sessions(500, work.resolve("sessions.txt"));
    List<String> ids = Files.readAllLines(sessions);
    Steady.Result sends =
        Steady.run(
            50,
            10,
            i ->
                Steady.post(
                    account.api.base() + "/api/message/send",
                    "{\"sessionId\":\"%s\",\"text\":\"Claro!\"}".formatted(ids.get(i % ids.size())),
                    "Authorization",
                    "Bearer " + account.key),
            null);
    Steady.Result direct =
        Steady.run(
            50,
            10,
            i ->
                Steady.post(
                    stub.baseUrl() + "/5521977776666/send", "{\"number\":\"1\",\"message\":\"x\"}"),
            null);
    table.info("steady 50 sends/s: through the service", sends.summary());
    table.info("steady 50 sends/s: to the stub directly", direct.summary());
    return new Latencies(
        busy.webhook(),
        Steady.percentile(calm.latencies(), 50) / 1e6,
        Steady.percentile(calm.latencies(), 99) / 1e6,
        sends.p50Ms() - direct.p50Ms(),
        busy.sent() - busy.webhook().errors() + calm.sent() - calm.webhook().errors()
            + sends.requests() - sends.errors());
  }

  /**
   * The phase digit of the 20/s run. A phase is one digit: it is part of the senders' numbers,
   * which must stay valid Brazilian mobiles.
   */
  private static final String CALM_PHASE = "6";

  /**
   * A new 360dialog text message: id {@code wamid.<tag><phase><i>}, from {@code
   * <prefix><phase>9<i>}, so every phase and index is a new message from a new sender.
   */
  static String d360Text(String tag, String prefix, String phase, int i) {
    return """
        {"messages":[{"id":"wamid.%s%s%06d","from":"%s%s9%06d","type":"text",
        "timestamp":"%d","text":{"body":"Boa tarde"}}],
        "contacts":[{"profile":{"name":"Cliente"},"wa_id":"%s%s9%06d"}]}
        """
        .formatted(
            tag, phase, i, prefix, phase, i, System.currentTimeMillis() / 1000, prefix, phase, i);
  }

  private record Events(Steady.Result webhook, List<Long> latencies, int sent) {}

  /**
   * New 360dialog messages at a steady {@code rate}, timing each answer and when its {@code
   * message.received} reached the platform (waiting up to 20 s after the last).
   */
  private Events steadyWebhooks(int rate, int seconds, String phase) throws Exception {
    long[] answeredAt = new long[rate * seconds];
    Steady.Result webhook =
        Steady.run(
            rate,
            seconds,
            i ->
                Steady.post(account.d360Webhook, d360Text("S", "55219", phase, i)),
            answeredAt);
    List<Long> events = new ArrayList<>();
    long deadline = System.nanoTime() + 20_000_000_000L;
    for (int i = 0; i < answeredAt.length; i++) {
      String id = "wamid.S%s%06d".formatted(phase, i);
      Long at;
      while ((at = stub.receivedAt.get(id)) == null && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      if (at != null) {
        events.add(at - answeredAt[i]);
      }
    }
    Collections.sort(events);
    return new Events(webhook, events, answeredAt.length);
  }

  /**
   * Waits (up to 10 minutes) until the events of the full-speed runs have reached the platform, so
   * that what is measured next runs on a service that is not still catching up (as the empty
   * store's rates do); prints how long that took under {@code label}. Pending deliveries alone do
   * not tell: events the router has not moved yet wait in their sessions' outboxes, so it also
   * waits until the events stop arriving.
   */
  void drainEvents(String label) throws Exception {
    long backlog = account.pendingDeliveries();
    long delivered = stub.events.get();
    long start = System.nanoTime();
    long deadline = start + 600_000_000_000L;
    long pending = backlog;
    // A trickle may go on (events of contacts announced late): a backlog under 100 deliveries,
    // with fewer than 20 events arriving in the last second, is drained.
    long arrived = Long.MAX_VALUE;
    while ((pending >= 100 || arrived >= 20) && System.nanoTime() < deadline) {
      long before = stub.events.get();
      Thread.sleep(1000);
      arrived = stub.events.get() - before;
      pending = account.pendingDeliveries();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    table.info(
        label,
        String.format(
            "%d deliveries pending, %d left after %.0f s (%.0f events/s delivered meanwhile)",
            backlog, pending, seconds, (stub.events.get() - delivered) / Math.max(seconds, 1)));
  }

  /**
   * 360dialog deliveries from a pool of 20,000 senders (names from 400 combinations), every 100th
   * from {@code hot}, until {@code target} messages are stored.
   */
  long preload(long stored, long target, String hot) throws Exception {
    for (int chunk = 1; stored < target; chunk++) {
      long remaining = target - stored;
      int seconds = (int) Math.max(5, Math.min(120, remaining / preloadRate + 1));
      Map<String, String> env =
          Map.of(
              "BENCH_PROVIDER", "d360",
              "BENCH_PHASE", "7" + chunk,
              "BENCH_POOL", "20000",
              "BENCH_HOT", hot);
      Wrk.Result r = Wrk.run(account.d360Webhook, Bench.CONNECTIONS, seconds, deliver, env);
      stored += r.requests() - r.errors();
      preloadRate = Math.max(50, r.rate());
      System.out.printf("  pre-load chunk %d: %s; %d stored%n", chunk, r.summary(), stored);
    }
    return stored;
  }
}
