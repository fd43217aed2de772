package dev.omnichannel.adapters.d360;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Raw calls to 360dialog with their timeouts and retries. Setting the webhook replaces the whole
 * configuration with the same value and reading it changes nothing, so repeating either after a
 * connection failure is safe. {@link D360Gateway} translates failures.
 */
@ApplicationScoped
class D360Calls {

  private final Map<URI, D360Api> clients = new ConcurrentHashMap<>();

  private D360Api client(URI baseUrl) {
    return clients.computeIfAbsent(
        baseUrl,
        uri ->
            QuarkusRestClientBuilder.newBuilder()
                .baseUri(uri)
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build(D360Api.class));
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void configureWebhook(URI baseUrl, String apiKey, D360Api.WebhookConfig config) {
    client(baseUrl).configureWebhook(apiKey, config);
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void readWebhook(URI baseUrl, String apiKey) {
    client(baseUrl).readWebhook(apiKey);
  }
}
