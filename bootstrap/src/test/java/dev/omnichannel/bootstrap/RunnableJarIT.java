package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, for real: the packaged application started as its own process, on its
 * embedded database or on a MongoDB named by connection string.
 */
class RunnableJarIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern ID = Pattern.compile("\"_id\":\"([0-9a-f]{24})\"");

  @TempDir Path work;
  private Process app;
  private int port;
  private Path log;

  @AfterEach
  void stop() {
    if (app != null) {
      app.destroyForcibly();
    }
  }

  @Test
  void acknowledgedDataSurvivesKillMinusNine() throws Exception {
    Path dataDir = work.resolve("data");
    start(Map.of("OMNICHANNEL_DATA_DIR", dataDir.toString()));
    String account = UUID.randomUUID().toString();
    String configId =
        id(
            post(
                "/api/accounts/" + account + "/platform-configs",
                "{\"provider\":\"d360\",\"name\":\"Main\",\"baseUrl\":\"http://127.0.0.1:"
                    + freePort()
                    + "\",\"apiKey\":\"k\"}"));
    String channelId =
        id(
            post(
                "/api/accounts/" + account + "/channels",
                "{\"platformConfigId\":\""
                    + configId
                    + "\",\"name\":\"Vendas\",\"phoneNumber\":\"5521977776666\"}"));
    String contactId =
        id(
            post(
                "/api/accounts/" + account + "/contacts",
                "{\"contactIdentifier\":\"5521988887777\",\"name\":\"João Silva\",\"channelId\":\""
                    + channelId
                    + "\",\"channelType\":\"whatsapp\",\"type\":\"individual\"}"));

    app.destroyForcibly().waitFor();
    start(Map.of("OMNICHANNEL_DATA_DIR", dataDir.toString()));

    HttpResponse<String> contact = get("/api/accounts/" + account + "/contacts/" + contactId);
    assertThat(contact.statusCode()).isEqualTo(200);
    assertThat(contact.body()).contains("\"name\":\"João Silva\"").contains(channelId);
    assertThat(dataDir.resolve("omnichannel.mv.db")).exists();
  }

  @Test
  void withAConnectionStringNothingEmbeddedStarts() throws Exception {
    MongoServer external = new MongoServer(new MemoryBackend());
    external.bind("127.0.0.1", 0);
    String connectionString = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort();
    try {
      Path dataDir = work.resolve("unused");
      start(
          Map.of(
              "OMNICHANNEL_DATA_DIR",
              dataDir.toString(),
              "QUARKUS_MONGODB_CONNECTION_STRING",
              connectionString,
              "OMNICHANNEL_LOG_JSON",
              "true"));

      String account = UUID.randomUUID().toString();
      post(
          "/api/accounts/" + account + "/platform-configs",
          "{\"provider\":\"d360\",\"name\":\"Main\",\"apiKey\":\"k\"}");

      assertThat(dataDir).doesNotExist();
      assertThat(Files.readAllLines(log))
          .as("with OMNICHANNEL_LOG_JSON the startup line is a JSON object")
          .anyMatch(line -> line.startsWith("{") && line.contains("\"message\":\"omnichannel "));
      try (MongoClient client = MongoClients.create(connectionString)) {
        long stored =
            client
                .getDatabase("omnichannel")
                .getCollection("platform_configs")
                .countDocuments(new org.bson.Document("clientIdentifier", account));
        assertThat(stored).isEqualTo(1);
      }
    } finally {
      external.shutdownNow();
    }
  }

  private void start(Map<String, String> env) throws Exception {
    port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("omnichannel.app.jar"))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(
                (log = work.resolve("app-" + Instant.now().toEpochMilli() + ".log")).toFile());
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    app = builder.start();
    awaitReady();
  }

  /** Polls readiness: the process tells nothing else about when it serves. */
  private void awaitReady() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      assertThat(app.isAlive()).as("the application exited early; see its log in " + work).isTrue();
      try {
        if (get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // not listening yet
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("the application was not ready within 60 s");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String post(String path, String json) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.body();
  }

  private static String id(String json) {
    Matcher m = ID.matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
