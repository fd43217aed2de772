package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One benchmark run (see docs/performance.md): ceilings, then ingest, sends and event latency on an
 * empty store, then the same and the reads again after pre-loading messages through the webhooks,
 * then memory, disk and start time; prints the table with every target.
 */
public final class Bench {

  /** The JVM settings of the README's run command and of Dockerfile.jvm. */
  static final String JVM_OPTIONS = "-Xmx160m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  static final int CONNECTIONS = 16;
  static final int SECONDS = 15;

  private final Table table = new Table();
  private final Path work;
  private final Stub stub;
  private final Service service;
  private Account account;
  private long stored;

  private Bench(Path work, Stub stub, Service service) {
    this.work = work;
    this.stub = stub;
    this.service = service;
  }

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    String mode = args.length > 1 ? args[1] : "all";
    String options = System.getenv().getOrDefault("BENCH_JVM_OPTIONS", JVM_OPTIONS);
    // The JDK's server would otherwise hold small answers for Nagle's algorithm (40 ms each).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path work = Files.createTempDirectory("omnichannel-bench-");
    Stub stub = new Stub();
    Service service =
        new Service(
            Path.of("bootstrap/target/quarkus-app/quarkus-run.jar").toAbsolutePath(),
            Arrays.asList(options.split(" ")),
            work.resolve("data"));
    Bench bench = new Bench(work, stub, service);
    System.out.printf(
        "Omnichannel benchmark: %d messages, JVM %s, wrk -t2 -c%d -d%ds, work dir %s%n",
        messages, options, CONNECTIONS, SECONDS, work);
    try {
      if (mode.equals("footprint")) {
        bench.footprint(messages);
      } else if (mode.equals("cost")) {
        service.start();
        Cost.measure(service, Account.create(service, stub), bench.table);
      } else if (mode.equals("send")) {
        service.start();
        SendCost.measure(service, Account.create(service, stub), stub, work, bench.table);
      } else {
        bench.run(messages);
      }
    } finally {
      service.stop();
      stub.stop();
    }
    System.out.println();
    System.out.println(bench.table.markdown());
    if (!mode.equals("cost") && !mode.equals("send")) { // figures only, no targets
      System.out.println(bench.table.allMet() ? "Every target met." : "Some targets MISSED.");
    }
    System.exit(0); // the steady-rate clients' pools would keep the JVM alive
  }

  private void run(int messages) throws Exception {
    System.out.println("Ceilings");
    double ceiling = StoreCeiling.insertsPerSecond(work.resolve("ceiling"), CONNECTIONS, 10);
    table.info("store: durable inserts/s, 16 threads (ceiling)", String.format("%.0f", ceiling));
    Wrk.Result stubSends =
        Wrk.run(stub.baseUrl() + "/5521977776666/send", CONNECTIONS, 5, null, Map.of());
    table.info("stub gateway: sends (its own rate)", stubSends.summary());

    long readyEmpty = service.start();
    account = Account.create(service, stub);
    Wrk.Result live = Wrk.run(service.url() + "/q/health/live", CONNECTIONS, 10, null, Map.of());
    table.info("service: GET /q/health/live (ceiling)", live.summary());

    System.out.println("Empty store");
    Load load = new Load(work, stub, account, table);
    Load.Rates empty = load.rates("empty store", "1", "2", ceiling);
    stored += empty.stored();
    Load.Latencies latencies = load.latencies("3");
    stored += latencies.stored();
    table.check(
        "webhook p99 at a steady 100 req/s",
        String.format("%.1f ms", latencies.webhook().p99Ms()),
        "≤ 50 ms",
        latencies.webhook().p99Ms() <= 50);
    table.check(
        "event latency at 20 webhooks/s, after the answer, median",
        String.format("%.1f ms (p99 %.1f ms)", latencies.eventMedianMs(), latencies.eventP99Ms()),
        "< 100 ms",
        latencies.eventMedianMs() >= 0 && latencies.eventMedianMs() < 100); // -1: none arrived
    table.check(
        "send overhead over the stub's latency, median",
        String.format("%.1f ms", latencies.sendOverheadMs()),
        "≤ 5 ms",
        latencies.sendOverheadMs() <= 5);

    if (messages == 0) {
      return; // bench/run 0: the empty store only, for a quick look
    }
    System.out.printf("Pre-loading to %d messages%n", messages);
    String hot = "5521988887777";
    stored = load.preload(stored, messages, hot);
    table.info("messages stored", String.valueOf(stored));

    System.out.println("Full store");
    // as the empty store's rates, measured with no backlog of events still being delivered
    load.drainEvents("event backlog after the pre-load");
    Load.Rates full = load.rates("full store", "4", "5", ceiling);
    stored += full.stored();
    table.check(
        "full store: ingest 360dialog ÷ empty store",
        String.format("%.2f", full.d360() / empty.d360()),
        "≥ 0.9",
        full.d360() / empty.d360() >= 0.9);
    table.check(
        "full store: ingest WhatsApp Web ÷ empty store",
        String.format("%.2f", full.whatsAppWeb() / empty.whatsAppWeb()),
        "≥ 0.9",
        full.whatsAppWeb() / empty.whatsAppWeb() >= 0.9);
    table.check(
        "full store: sends ÷ empty store",
        String.format("%.2f", full.sends() / empty.sends()),
        "≥ 0.9",
        full.sends() / empty.sends() >= 0.9);
    new Reads(account, table).measure(account.sessionOf(hot));
    memoryDiskAndStart(readyEmpty);
  }

  /**
   * bench/run N footprint: only pre-loads N messages, then prints memory, disk and start — the
   * quick look at those three (a few minutes) without the rates and latencies.
   */
  private void footprint(int messages) throws Exception {
    long readyEmpty = service.start();
    account = Account.create(service, stub);
    Load load = new Load(work, stub, account, table);
    System.out.printf("Pre-loading to %d messages%n", messages);
    stored = load.preload(stored, messages, "5521988887777");
    table.info("messages stored", String.valueOf(stored));
    memoryDiskAndStart(readyEmpty);
  }

  private void memoryDiskAndStart(long readyEmpty) throws Exception {
    table.info(
        "written to disk since the last start, per stored message",
        String.format("%.0f bytes", service.writtenBytes() / (double) stored));
    long rss = service.rssMiB();
    table.check("RSS after the run", rss + " MiB", "≤ 350 MiB", rss <= 350);
    table.info(
        "disk per stored message while running (before the stop)",
        String.format("%.0f bytes", service.diskBytes() / (double) stored));
    service.stop();
    double perMessage = service.diskBytes() / (double) stored;
    table.check(
        "disk per stored message",
        String.format("%.0f bytes (%d MB)", perMessage, service.diskBytes() / 1_000_000),
        "≤ 2048 bytes",
        perMessage <= 2048);
    long readyFull = service.start();
    table.check("start to ready, empty store", readyEmpty + " ms", "≤ 1500 ms", readyEmpty <= 1500);
    table.check(
        "start to ready, " + stored + " messages",
        readyFull + " ms",
        "≤ 5000 ms",
        readyFull <= 5000);
  }

  static List<String> lines(String... values) {
    return new ArrayList<>(List.of(values));
  }
}
