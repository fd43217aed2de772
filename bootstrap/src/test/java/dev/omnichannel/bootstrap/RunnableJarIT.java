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
import java.nio.file.attribute.PosixFilePermissions;
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
  private String key;

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
    key = Files.readString(dataDir.resolve("admin-api-key")).trim();
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
  void theEmbeddedDefaultGeneratesTheOperatorKeyOwnerOnlyAndKeepsProviderKeysEncrypted()
      throws Exception {
    Path dataDir = work.resolve("data");
    start(Map.of("OMNICHANNEL_DATA_DIR", dataDir.toString()));
    Path keyFile = dataDir.resolve("admin-api-key");
    key = Files.readString(keyFile).trim();

    assertThat(Files.getPosixFilePermissions(keyFile))
        .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("secret-key")))
        .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));
    String account = UUID.randomUUID().toString();
    String providerKey = "d360-provider-key-" + UUID.randomUUID();
    String config =
        post(
            "/api/accounts/" + account + "/platform-configs",
            "{\"provider\":\"d360\",\"name\":\"Main\",\"baseUrl\":\"http://127.0.0.1:"
                + freePort()
                + "\",\"apiKey\":\""
                + providerKey
                + "\"}");
    assertThat(config).contains("\"apiKeySet\":true").doesNotContain(providerKey);
    String startLog = Files.readString(log);
    assertThat(startLog)
        .contains(keyFile.toAbsolutePath().toString())
        .doesNotContain(key)
        .doesNotContain(providerKey);

    String withoutKey = key;
    key = null;
    assertThat(get("/api/accounts/" + account + "/platform-configs").statusCode()).isEqualTo(401);
    assertThat(get("/q/health/ready").statusCode()).isEqualTo(200);
    key = withoutKey;

    app.destroyForcibly().waitFor();
    byte[] stored = Files.readAllBytes(dataDir.resolve("omnichannel.mv.db"));
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("the data file holds the provider key encrypted only")
        .contains(account)
        .doesNotContain(providerKey);
  }

  @Test
  void secretsStoredInClearByAnEarlierVersionAreEncryptedAtStart() throws Exception {
    MongoServer external = new MongoServer(new MemoryBackend());
    external.bind("127.0.0.1", 0);
    String connectionString = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort();
    String account = UUID.randomUUID().toString();
    org.bson.types.ObjectId configId = new org.bson.types.ObjectId();
    org.bson.types.ObjectId channelId = new org.bson.types.ObjectId();
    try (MongoClient client = MongoClients.create(connectionString)) {
      var db = client.getDatabase("omnichannel");
      db.getCollection("platform_configs")
          .insertOne(
              new org.bson.Document("_id", configId)
                  .append("clientIdentifier", account)
                  .append("provider", "d360")
                  .append("name", "Old")
                  .append("baseUrl", "http://127.0.0.1:" + freePort())
                  .append("apiKey", "clear-provider-key")
                  .append("createdAt", new java.util.Date()));
      db.getCollection("channels")
          .insertOne(
              new org.bson.Document("_id", channelId)
                  .append("clientIdentifier", account)
                  .append("platformConfigId", configId.toHexString())
                  .append("provider", "d360")
                  .append("name", "Old")
                  .append("phoneNumber", "5521977776666")
                  .append("channelType", "whatsapp")
                  .append("webhookToken", "clear-webhook-token")
                  .append("signMessages", true)
                  .append("webhookConfigured", true)
                  .append("createdAt", new java.util.Date())
                  .append("updatedAt", new java.util.Date()));
    }
    try {
      key = "operator-" + UUID.randomUUID();
      start(
          Map.of(
              "OMNICHANNEL_DATA_DIR",
              work.resolve("unused").toString(),
              "QUARKUS_MONGODB_CONNECTION_STRING",
              connectionString,
              "OMNICHANNEL_ADMIN_API_KEY",
              key,
              "OMNICHANNEL_SECRET_KEY",
              "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));

      try (MongoClient client = MongoClients.create(connectionString)) {
        var db = client.getDatabase("omnichannel");
        assertThat(
                db.getCollection("platform_configs")
                    .find(new org.bson.Document("_id", configId))
                    .first()
                    .getString("apiKey"))
            .startsWith("enc:v1:");
        assertThat(
                db.getCollection("channels")
                    .find(new org.bson.Document("_id", channelId))
                    .first()
                    .getString("webhookToken"))
            .startsWith("enc:v1:");
      }
      HttpResponse<String> delivered =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + port
                              + "/api/webhook/360dialog/"
                              + configId.toHexString()
                              + "/"
                              + channelId.toHexString()
                              + "?token=clear-webhook-token"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"contacts\":[]}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
      assertThat(get("/api/accounts/" + account + "/platform-configs").body())
          .contains("\"apiKeySet\":true")
          .doesNotContain("clear-provider-key");
    } finally {
      external.shutdownNow();
    }
  }

  @Test
  void withAConnectionStringNothingEmbeddedStarts() throws Exception {
    MongoServer external = new MongoServer(new MemoryBackend());
    external.bind("127.0.0.1", 0);
    String connectionString = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort();
    try {
      Path dataDir = work.resolve("unused");
      key = "operator-" + UUID.randomUUID();
      start(
          Map.of(
              "OMNICHANNEL_DATA_DIR",
              dataDir.toString(),
              "QUARKUS_MONGODB_CONNECTION_STRING",
              connectionString,
              "OMNICHANNEL_LOG_JSON",
              "true",
              "OMNICHANNEL_ADMIN_API_KEY",
              key,
              "OMNICHANNEL_SECRET_KEY",
              "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));

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
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5));
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String post(String path, String json) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", key)
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
