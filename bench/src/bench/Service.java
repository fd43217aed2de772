package bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The packaged service as an operator runs it: its own process, on an embedded store on file. */
final class Service {

  private final Path jar;
  private final List<String> jvmOptions;
  private final Path dataDir;
  private final Path log;
  private final int port;
  private Process process;

  Service(Path jar, List<String> jvmOptions, Path dataDir) throws IOException {
    this.jar = jar;
    this.jvmOptions = jvmOptions;
    this.dataDir = dataDir;
    this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    try (ServerSocket free = new ServerSocket(0)) {
      this.port = free.getLocalPort();
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  Path dataDir() {
    return dataDir;
  }

  /** Starts it and returns the milliseconds from launch to its first ready answer. */
  long start() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // as the README's run command: from the package's directory, with the class-data archive the
    // package holds (BENCH_JVM_OPTIONS="... -Xshare:off" measures without it)
    if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
      command.add("-XX:SharedArchiveFile=app-cds.jsa");
    }
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.getFileName().toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(jar.toAbsolutePath().getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // as the README's run command and Dockerfile.jvm: two malloc arenas, not glibc's eight per core
    builder
        .environment()
        .put("MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"));
    builder.environment().put("OMNICHANNEL_DATA_DIR", dataDir.toString());
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    builder.environment().put("OMNICHANNEL_PUBLIC_URL", url());
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long started = System.nanoTime();
    process = builder.start();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped; see " + log);
      }
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - started) / 1_000_000;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(5);
    }
  }

  /** Resident memory of the process, in MiB (VmRSS). */
  long rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", process.pid() + "", "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  /** Bytes the process has written to disk since it started (/proc/PID/io write_bytes). */
  long writtenBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", process.pid() + "", "io"))) {
      if (line.startsWith("write_bytes:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  /** CPU time the process has used since it started, user and system (/proc/PID/stat). */
  long cpuMillis() throws IOException {
    String stat = Files.readString(Path.of("/proc", process.pid() + "", "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 10; // USER_HZ is 100 on Linux
  }

  /** Bytes the store takes on disk. */
  long diskBytes() throws IOException {
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(Files::isRegularFile).mapToLong(Service::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Stops it as an orchestrator does (SIGTERM), and waits. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }
}
