package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.omnichannel.bootstrap.support.RunningJar;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's run command, for real: the packaged application started as its own process, on its
 * embedded database or on a MongoDB named by connection string.
 */
class RunnableJarIT {

  static final String SECRET_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  @TempDir Path work;
  private RunningJar app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private RunningJar onDataDir(Path dataDir) throws Exception {
    return onDataDir(dataDir, Map.of());
  }

  private RunningJar onDataDir(Path dataDir, Map<String, String> env) throws Exception {
    Map<String, String> all = new HashMap<>(env);
    all.put("OMNICHANNEL_DATA_DIR", dataDir.toString());
    RunningJar started = RunningJar.start(work, all);
    return started.withKey(Files.readString(dataDir.resolve("admin-api-key")).trim());
  }

  /** Also with the commit gap an operator may set (docs/performance.md, "a commit gap"). */
  @ParameterizedTest(name = "commit gap {0} ms")
  @ValueSource(ints = {0, 25})
  void acknowledgedDataSurvivesKillMinusNine(int commitGapMs) throws Exception {
    Path dataDir = work.resolve("data");
    Map<String, String> env =
        Map.of("OMNICHANNEL_EMBEDDED_MONGO_COMMIT_GAP_MS", String.valueOf(commitGapMs));
    app = onDataDir(dataDir, env);
    if (commitGapMs > 0) {
      assertThat(Files.readString(app.log()))
          .contains("journal syncs at least " + commitGapMs + " ms apart");
    }
    String account = UUID.randomUUID().toString();
    String configId =
        RunningJar.id(
            app.create(
                "/api/accounts/" + account + "/platform-configs",
                "{\"provider\":\"d360\",\"name\":\"Main\",\"baseUrl\":\"http://127.0.0.1:"
                    + RunningJar.freePort()
                    + "\",\"apiKey\":\"k\"}"));
    String channelId =
        RunningJar.id(
            app.create(
                "/api/accounts/" + account + "/channels",
                "{\"platformConfigId\":\""
                    + configId
                    + "\",\"name\":\"Vendas\",\"phoneNumber\":\"5521977776666\"}"));
    String contactId =
        RunningJar.id(
            app.create(
                "/api/accounts/" + account + "/contacts",
                "{\"contactIdentifier\":\"5521988887777\",\"name\":\"João Silva\",\"channelId\":\""
                    + channelId
                    + "\",\"channelType\":\"whatsapp\",\"type\":\"individual\"}"));

    app.kill();
    app = onDataDir(dataDir, env);

    HttpResponse<String> contact = app.get("/api/accounts/" + account + "/contacts/" + contactId);
    assertThat(contact.statusCode()).isEqualTo(200);
    assertThat(contact.body()).contains("\"name\":\"João Silva\"").contains(channelId);
    assertThat(dataDir.resolve("omnichannel.mv.db")).exists();
  }

  @Test
  void aStopClosesTheEmbeddedStoreOnlyAfterTheApplicationStoppedAndWarnsOfNothing()
      throws Exception {
    Path dataDir = work.resolve("data");
    app = onDataDir(dataDir);
    String account = UUID.randomUUID().toString();
    app.create(
        "/api/accounts/" + account + "/platform-configs",
        "{\"provider\":\"d360\",\"name\":\"Main\",\"apiKey\":\"k\"}");

    app.stop();

    List<String> lines = Files.readAllLines(app.log());
    int appGone = indexOf(lines, "The application has stopped; the embedded MongoDB can close");
    int storeClosing = indexOf(lines, "Closing the embedded MongoDB");
    assertThat(appGone).as("the application's end is logged").isNotNegative();
    assertThat(storeClosing)
        .as("the store closes after the application stopped, not alongside")
        .isGreaterThan(appGone);
    assertThat(lines)
        .as("no worker or request met a closed store")
        .noneMatch(line -> line.contains("failed") || line.contains("Exception"));
    app = onDataDir(dataDir);
    assertThat(app.get("/api/accounts/" + account + "/platform-configs").body())
        .contains("\"name\":\"Main\"");
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theEmbeddedDefaultGeneratesTheOperatorKeyOwnerOnlyAndKeepsProviderKeysEncrypted()
      throws Exception {
    Path dataDir = work.resolve("data");
    app = onDataDir(dataDir);
    Path keyFile = dataDir.resolve("admin-api-key");

    assertThat(Files.getPosixFilePermissions(keyFile))
        .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("secret-key")))
        .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));
    String account = UUID.randomUUID().toString();
    String providerKey = "d360-provider-key-" + UUID.randomUUID();
    String config =
        app.create(
            "/api/accounts/" + account + "/platform-configs",
            "{\"provider\":\"d360\",\"name\":\"Main\",\"baseUrl\":\"http://127.0.0.1:"
                + RunningJar.freePort()
                + "\",\"apiKey\":\""
                + providerKey
                + "\"}");
    assertThat(config).contains("\"apiKeySet\":true").doesNotContain(providerKey);
    assertThat(Files.readString(app.log()))
        .contains(keyFile.toAbsolutePath().toString())
        .doesNotContain(app.key())
        .doesNotContain(providerKey);

    String key = app.key();
    app.withKey(null);
    assertThat(app.get("/api/accounts/" + account + "/platform-configs").statusCode())
        .isEqualTo(401);
    assertThat(app.get("/q/health/ready").statusCode()).isEqualTo(200);
    app.withKey(key);

    app.kill();
    // the data file and its journal, which holds the writes its last commit does not
    StringBuilder stored = new StringBuilder();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        stored.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(stored.toString())
        .as("the data directory holds the provider key encrypted only")
        .contains(account)
        .doesNotContain(providerKey);
  }

  @Test
  void secretsStoredInClearByAnEarlierVersionAreEncryptedAtStart() throws Exception {
    MongoServer external = new MongoServer(new MemoryBackend());
    external.bind("127.0.0.1", 0);
    String connectionString = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort();
    String account = UUID.randomUUID().toString();
    ObjectId configId = new ObjectId();
    ObjectId channelId = new ObjectId();
    try (MongoClient client = MongoClients.create(connectionString)) {
      var db = client.getDatabase("omnichannel");
      db.getCollection("platform_configs")
          .insertOne(
              new Document("_id", configId)
                  .append("clientIdentifier", account)
                  .append("provider", "d360")
                  .append("name", "Old")
                  .append("baseUrl", "http://127.0.0.1:" + RunningJar.freePort())
                  .append("apiKey", "clear-provider-key")
                  .append("createdAt", new Date()));
      db.getCollection("channels")
          .insertOne(
              new Document("_id", channelId)
                  .append("clientIdentifier", account)
                  .append("platformConfigId", configId.toHexString())
                  .append("provider", "d360")
                  .append("name", "Old")
                  .append("phoneNumber", "5521977776666")
                  .append("channelType", "whatsapp")
                  .append("webhookToken", "clear-webhook-token")
                  .append("signMessages", true)
                  .append("webhookConfigured", true)
                  .append("createdAt", new Date())
                  .append("updatedAt", new Date()));
    }
    try {
      String key = "operator-" + UUID.randomUUID();
      app =
          RunningJar.start(
                  work,
                  Map.of(
                      "OMNICHANNEL_DATA_DIR", work.resolve("unused").toString(),
                      "QUARKUS_MONGODB_CONNECTION_STRING", connectionString,
                      "OMNICHANNEL_ADMIN_API_KEY", key,
                      "OMNICHANNEL_SECRET_KEY", SECRET_KEY))
              .withKey(key);

      try (MongoClient client = MongoClients.create(connectionString)) {
        var db = client.getDatabase("omnichannel");
        assertThat(
                db.getCollection("platform_configs")
                    .find(new Document("_id", configId))
                    .first()
                    .getString("apiKey"))
            .startsWith("enc:v1:");
        assertThat(
                db.getCollection("channels")
                    .find(new Document("_id", channelId))
                    .first()
                    .getString("webhookToken"))
            .startsWith("enc:v1:");
      }
      app.withKey(null);
      HttpResponse<String> delivered =
          app.send(
              "/api/webhook/360dialog/"
                  + configId.toHexString()
                  + "/"
                  + channelId.toHexString()
                  + "?token=clear-webhook-token",
              "{\"contacts\":[]}");
      assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
      app.withKey(key);
      assertThat(app.get("/api/accounts/" + account + "/platform-configs").body())
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
      String key = "operator-" + UUID.randomUUID();
      app =
          RunningJar.start(
                  work,
                  Map.of(
                      "OMNICHANNEL_DATA_DIR", dataDir.toString(),
                      "QUARKUS_MONGODB_CONNECTION_STRING", connectionString,
                      "OMNICHANNEL_LOG_JSON", "true",
                      "OMNICHANNEL_ADMIN_API_KEY", key,
                      "OMNICHANNEL_SECRET_KEY", SECRET_KEY))
              .withKey(key);

      String account = UUID.randomUUID().toString();
      app.create(
          "/api/accounts/" + account + "/platform-configs",
          "{\"provider\":\"d360\",\"name\":\"Main\",\"apiKey\":\"k\"}");

      assertThat(dataDir).doesNotExist();
      assertThat(Files.readAllLines(app.log()))
          .as("with OMNICHANNEL_LOG_JSON the startup line is a JSON object")
          .anyMatch(line -> line.startsWith("{") && line.contains("\"message\":\"omnichannel "));
      try (MongoClient client = MongoClients.create(connectionString)) {
        long stored =
            client
                .getDatabase("omnichannel")
                .getCollection("platform_configs")
                .countDocuments(new Document("clientIdentifier", account));
        assertThat(stored).isEqualTo(1);
      }
    } finally {
      external.shutdownNow();
    }
  }
}
