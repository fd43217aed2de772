package bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account the benchmark works in: its key, a WhatsApp Web and a 360dialog channel on the stub,
 * and a platform that receives every event of the account at the stub.
 */
final class Account {

  static final String ID = "9a92ea44-244c-4cda-86be-6a9e32ba8f34";

  final Api api;
  final String key;
  final String whatsAppWebWebhook;
  final String d360Webhook;
  final String whatsAppWebChannel;
  final String platform;

  private Account(
      Api api,
      String key,
      String whatsAppWebWebhook,
      String d360Webhook,
      String channel,
      String platform) {
    this.api = api;
    this.key = key;
    this.whatsAppWebWebhook = whatsAppWebWebhook;
    this.d360Webhook = d360Webhook;
    this.whatsAppWebChannel = channel;
    this.platform = platform;
  }

  static Account create(Service service, Stub stub) throws IOException, InterruptedException {
    String operatorKey = Files.readString(service.dataDir().resolve("admin-api-key")).trim();
    Api operator = new Api(service.url(), operatorKey);
    String key =
        operator.post("/api/accounts/" + ID + "/api-keys", Map.of("name", "bench")).get("key").asText();
    Api api = operator.withKey(key);
    String base = "/api/accounts/" + ID;
    String gateway =
        api.post(
                base + "/platform-configs",
                Map.of(
                    "provider", "whatsappweb",
                    "name", "Gateway",
                    "baseUrl", stub.baseUrl(),
                    "clientNumber", "5521977776666"))
            .get("_id")
            .asText();
    String d360 =
        api.post(
                base + "/platform-configs",
                Map.of(
                    "provider", "d360",
                    "name", "360dialog",
                    "baseUrl", stub.baseUrl(),
                    "apiKey", "bench-d360-key"))
            .get("_id")
            .asText();
    JsonNode web = channel(api, base, gateway, "5521977776666");
    JsonNode dialog = channel(api, base, d360, "5521966665555");
    String platform =
        api.post(
                base + "/platforms",
                Map.of(
                    "slug", "bench",
                    "name", "Bench",
                    "webhookUrl", stub.baseUrl() + "/events",
                    "scope", "account"))
            .get("_id")
            .asText();
    return new Account(
        api,
        key,
        service.url() + path(web.get("webhookUrl").asText()),
        service.url() + path(dialog.get("webhookUrl").asText()),
        web.get("_id").asText(),
        platform);
  }

  private static JsonNode channel(Api api, String base, String config, String number)
      throws IOException, InterruptedException {
    return api.post(
        base + "/channels",
        Map.of(
            "platformConfigId", config,
            "name", "Vendas " + number,
            "phoneNumber", number,
            "channelType", "whatsapp"));
  }

  private static String path(String webhookUrl) {
    return webhookUrl.substring(webhookUrl.indexOf("/api/webhook/"));
  }

  /** Up to {@code n} active WhatsApp Web sessions, newest first, written one per line. */
  Path sessions(int n, Path file) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int page = 1; ids.size() < n; page++) {
      JsonNode data =
          api.get(
                  "/api/accounts/"
                      + ID
                      + "/sessions?status=active&limit=100&channelId="
                      + whatsAppWebChannel
                      + "&page="
                      + page)
              .get("data");
      if (data.isEmpty()) {
        break;
      }
      data.forEach(s -> ids.add(s.get("_id").asText()));
    }
    return Files.write(file, ids);
  }

  /** Deliveries of the platform still pending (the event backlog). */
  long pendingDeliveries() throws IOException, InterruptedException {
    return api.get(
            "/api/accounts/" + ID + "/platforms/" + platform + "/deliveries?status=pending&limit=1")
        .get("total")
        .asLong();
  }

  /** The active session of a contact, by its number. */
  String sessionOf(String number) throws IOException, InterruptedException {
    String contact =
        api.get("/api/accounts/" + ID + "/contacts?contactIdentifier=" + number)
            .get("data")
            .get(0)
            .get("_id")
            .asText();
    return api.get("/api/accounts/" + ID + "/sessions?status=active&contactId=" + contact)
        .get("data")
        .get(0)
        .get("_id")
        .asText();
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
