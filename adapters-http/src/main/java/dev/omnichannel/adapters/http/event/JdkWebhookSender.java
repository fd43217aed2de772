package dev.omnichannel.adapters.http.event;

import dev.omnichannel.application.event.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Posts events with the JDK's HTTP client, from the delivery workers' own threads (blocking there
 * costs no request thread). Redirects are not followed: a platform's URL is the one it registered.
 */
@ApplicationScoped
public class JdkWebhookSender implements WebhookSender {

  @Override
  public Answer post(URI url, Map<String, String> headers, String body, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "omnichannel-webhooks")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    try {
      int status =
          Client.HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      return new Answer(status, null);
    } catch (HttpTimeoutException e) {
      return new Answer(null, "no answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      return new Answer(null, "cannot reach the receiver: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, "interrupted");
    }
  }

  /**
   * Built at the first call, not with the bean (nor with its client proxy, whose constructor runs
   * field initializers): a first HttpClient loads the JDK's TLS setup and trust store, which the
   * service's start need not wait for.
   */
  private static final class Client {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }
}
