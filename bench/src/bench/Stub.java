package bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The providers and the platform, answering at once: a WhatsApp Web gateway ({@code
 * /{number}/setWebhook}, {@code /{number}/send}), 360dialog ({@code /v1/configs/webhook}, {@code
 * /v1/messages}) and a platform's event endpoint ({@code /events}) that notes when each {@code
 * message.received} arrives, for the event latency.
 */
final class Stub {

  private static final Pattern RECEIVED =
      Pattern.compile("\"type\":\"message\\.received\".*?\"messageId\":\"([^\"]+)\"");

  private final HttpServer server;
  private final AtomicLong ids = new AtomicLong();
  final AtomicLong events = new AtomicLong();
  /** Provider message id → when its message.received event arrived (System.nanoTime). */
  final Map<String, Long> receivedAt = new ConcurrentHashMap<>();

  Stub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    if (path.equals("/events")) {
      events.incrementAndGet();
      Matcher m = RECEIVED.matcher(new String(body, StandardCharsets.UTF_8));
      if (m.find()) {
        receivedAt.putIfAbsent(m.group(1), System.nanoTime());
      }
      answer(exchange, 204, null);
    } else if (path.endsWith("/send")) {
      answer(exchange, 200, "{\"id\":\"stub-" + ids.incrementAndGet() + "\"}");
    } else if (path.equals("/v1/messages")) {
      answer(exchange, 200, "{\"messages\":[{\"id\":\"wamid.stub" + ids.incrementAndGet() + "\"}]}");
    } else {
      answer(exchange, 200, "{}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    if (json == null) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  void stop() {
    server.stop(0);
  }
}
