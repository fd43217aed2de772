package dev.omnichannel.adapters.d360;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
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

  /**
   * Retried only when 360dialog certainly did not take the message: throttled (HTTP 429 or a
   * throttling code in the body: nothing was accepted), or the connection was refused before the
   * request left. A timeout or a 5xx is not retried: the message may have been accepted.
   */
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = NotAccepted.class)
  D360Api.SendResponse send(URI baseUrl, String apiKey, Map<String, Object> message) {
    try {
      return client(baseUrl).send(apiKey, message);
    } catch (WebApplicationException e) {
      D360Errors.Refusal refusal =
          D360Errors.read(e.getResponse().getStatus(), e.getResponse().readEntity(String.class));
      if (refusal.isThrottling()) {
        throw new NotAccepted(true, e.getResponse().getHeaderString("Retry-After"));
      }
      throw new Refused(refusal);
    } catch (ProcessingException e) {
      if (NotAccepted.isConnectionRefused(e)) {
        throw new NotAccepted(false, null);
      }
      throw e;
    }
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void readWebhook(URI baseUrl, String apiKey) {
    client(baseUrl).readWebhook(apiKey);
  }
}
