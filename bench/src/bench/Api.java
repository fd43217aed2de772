package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The service's REST API, as a client uses it. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String key;

  Api(String base, String key) {
    this.base = base;
    this.key = key;
  }

  String base() {
    return base;
  }

  Api withKey(String other) {
    return new Api(base, other);
  }

  JsonNode post(String path, Map<String, ?> body) throws IOException, InterruptedException {
    return call(request(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    return call(request(path).GET());
  }

  /** A GET's status, the time it took, for read latencies. */
  long timedGet(String path) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<byte[]> answer =
        client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
    return took;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("X-Api-Key", key);
  }

  private JsonNode call(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          request.build().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body().isEmpty() ? null : JSON.readTree(answer.body());
  }
}
