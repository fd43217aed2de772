package dev.omnichannel.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.omnichannel.bootstrap.support.Receiver;
import dev.omnichannel.bootstrap.support.RunningJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events across process deaths and replicas, with the packaged application: pending deliveries
 * survive a {@code kill -9}, and two replicas sharing one database deliver each event once.
 */
class EventsJarIT {

  @TempDir Path work;
  private final List<RunningJar> apps = new java.util.ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (RunningJar app : apps) {
      app.close();
    }
  }

  /** A channel of a gateway that is down (receiving needs none) and a platform at {@code url}. */
  private record Setup(String account, String webhookPath) {}

  private static Setup setUp(RunningJar app, String hookUrl) throws Exception {
    String account = UUID.randomUUID().toString();
    String config =
        RunningJar.id(
            app.create(
                "/api/accounts/" + account + "/platform-configs",
                "{\"provider\":\"whatsappweb\",\"name\":\"G\",\"baseUrl\":\"http://127.0.0.1:"
                    + RunningJar.freePort()
                    + "\",\"clientNumber\":\"5521977776666\"}"));
    String channel =
        app.create(
            "/api/accounts/" + account + "/channels",
            "{\"platformConfigId\":\""
                + config
                + "\",\"name\":\"V\",\"phoneNumber\":\"5521977776666\",\"defaultPlatform\":\"crm\"}");
    app.create(
        "/api/accounts/" + account + "/platforms",
        "{\"slug\":\"crm\",\"name\":\"CRM\",\"webhookUrl\":\"" + hookUrl + "\"}");
    String url = channel.replaceAll(".*\"webhookUrl\":\"([^\"]*)\".*", "$1");
    return new Setup(account, url.substring(url.indexOf("/api/webhook/")));
  }

  private static String message(int n) {
    return "{\"type\":\"MESSAGE\",\"from\":\"55219888877"
        + String.format("%02d", n % 100)
        + "\",\"fromUserName\":\"C\",\"to\":\"x\",\"body\":{\"content\":\"m"
        + n
        + "\",\"type\":\"text\"},\"timestamp\":"
        + (1659518400 + n)
        + "}";
  }

  private static void deliver(RunningJar app, Setup setup, int n) throws Exception {
    String key = app.key();
    app.withKey(null);
    try {
      assertThat(app.send(setup.webhookPath(), message(n)).statusCode()).isEqualTo(200);
    } finally {
      app.withKey(key);
    }
  }

  private static long received(String hook, String type) {
    return Receiver.received(hook).stream()
        .filter(r -> type.equals(Receiver.body(r).getString("type")))
        .count();
  }

  @Test
  void pendingDeliveriesSurviveAKillMinusNineAndGoOutAfterTheRestart() throws Exception {
    String hook = "restart-" + UUID.randomUUID();
    String url = Receiver.hook(hook);
    Receiver.server()
        .stubFor(post(urlEqualTo("/hooks/" + hook)).willReturn(aResponse().withStatus(503)));
    Path dataDir = work.resolve("data");
    Map<String, String> env =
        Map.of(
            "OMNICHANNEL_DATA_DIR", dataDir.toString(), "OMNICHANNEL_EVENTS_RETRY_DELAYS", "500ms");
    RunningJar app = RunningJar.start(work, env);
    apps.add(app);
    app.withKey(Files.readString(dataDir.resolve("admin-api-key")).trim());
    Setup setup = setUp(app, url);
    deliver(app, setup, 1);
    // Its session's first event heads the queue: it is tried (and fails) before the others.
    await().atMost(Duration.ofSeconds(15)).until(() -> received(hook, "session.opened") >= 1);

    app.kill();
    Receiver.hook(hook);
    long before = received(hook, "message.received");
    RunningJar restarted = RunningJar.start(work, env).withKey(app.key());
    apps.add(restarted);

    await().atMost(Duration.ofSeconds(30)).until(() -> received(hook, "message.received") > before);
    List<String> ids =
        Receiver.received(hook).stream()
            .filter(r -> "message.received".equals(Receiver.body(r).getString("type")))
            .map(r -> r.getHeader("webhook-id"))
            .distinct()
            .toList();
    assertThat(ids).as("every attempt carried the same event id").hasSize(1);
  }

  @Test
  void twoReplicasSharingADatabaseDeliverEachEventOncePerPlatform() throws Exception {
    MongoServer shared = new MongoServer(new MemoryBackend());
    shared.bind("127.0.0.1", 0);
    try {
      String key = "operator-" + UUID.randomUUID();
      Map<String, String> env =
          Map.of(
              "QUARKUS_MONGODB_CONNECTION_STRING",
              "mongodb://127.0.0.1:" + shared.getLocalAddress().getPort(),
              "OMNICHANNEL_ADMIN_API_KEY",
              key,
              "OMNICHANNEL_SECRET_KEY",
              RunnableJarIT.SECRET_KEY);
      RunningJar a = RunningJar.start(work, env).withKey(key);
      apps.add(a);
      RunningJar b = RunningJar.start(work, env).withKey(key);
      apps.add(b);
      String hook = "replicas-" + UUID.randomUUID();
      Setup setup = setUp(a, Receiver.hook(hook));

      int messages = 20;
      for (int n = 1; n <= messages; n++) {
        deliver(n % 2 == 0 ? a : b, setup, n);
      }

      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> received(hook, "message.received") >= messages);
      } catch (RuntimeException e) {
        System.out.println("Received " + Receiver.types(hook));
        System.out.println("Replica A's log: " + Files.readString(a.log()));
        System.out.println("Replica B's log: " + Files.readString(b.log()));
        throw e;
      }
      Map<String, Long> attemptsPerEvent =
          Receiver.received(hook).stream()
              .collect(
                  Collectors.groupingBy(r -> r.getHeader("webhook-id"), Collectors.counting()));
      assertThat(attemptsPerEvent.values()).as("no event delivered twice").containsOnly(1L);
      Map<String, Long> perType = new HashMap<>();
      Receiver.received(hook)
          .forEach(r -> perType.merge(Receiver.body(r).getString("type"), 1L, Long::sum));
      assertThat(perType)
          .containsEntry("message.received", (long) messages)
          .containsEntry("session.opened", (long) messages)
          .containsEntry("contact.created", (long) messages);
    } finally {
      shared.shutdownNow();
    }
  }
}
