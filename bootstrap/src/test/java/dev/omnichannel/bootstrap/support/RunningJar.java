package dev.omnichannel.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged application as its own process, as the README's run command starts it. */
public final class RunningJar implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern ID = Pattern.compile("\"_id\":\"([0-9a-f]{24})\"");

  private final Process process;
  private final int port;
  private final Path log;
  private String key;

  private RunningJar(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the jar in {@code work} with {@code env} and waits until it is ready. */
  public static RunningJar start(Path work, Map<String, String> env) throws Exception {
    return start(work, env, work, List.of("-jar", System.getProperty("omnichannel.app.jar")));
  }

  /**
   * Starts {@code java} with {@code arguments} in {@code directory}, its log in {@code work}, and
   * waits until it is ready.
   */
  public static RunningJar start(
      Path work, Map<String, String> env, Path directory, List<String> arguments) throws Exception {
    int port = freePort();
    Path log = work.resolve("app-" + port + "-" + Instant.now().toEpochMilli() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    RunningJar jar = new RunningJar(builder.start(), port, log);
    jar.awaitReady(work);
    return jar;
  }

  /** Polls readiness: the process tells nothing else about when it serves. */
  private void awaitReady(Path work) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the application exited early; see " + log).isTrue();
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // not listening yet
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("the application was not ready within 60 s; see " + work);
  }

  /** The key sent with every later call ({@code X-Api-Key}); {@code null} sends none. */
  public RunningJar withKey(String key) {
    this.key = key;
    return this;
  }

  public String key() {
    return key;
  }

  public Path log() {
    return log;
  }

  public int port() {
    return port;
  }

  public HttpResponse<String> get(String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5));
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts JSON with the key; returns the answer, whatever its status. */
  public HttpResponse<String> send(String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts JSON and expects 201; returns the body. */
  public String create(String path, String json) throws Exception {
    HttpResponse<String> response = send(path, json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.body();
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public static String id(String json) {
    Matcher m = ID.matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Stops the process as an operator or a container runtime does (SIGTERM); its exit code. */
  public int stop() throws InterruptedException {
    process.destroy();
    return process.waitFor();
  }

  /** Kills the process at once, as {@code kill -9} does. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
