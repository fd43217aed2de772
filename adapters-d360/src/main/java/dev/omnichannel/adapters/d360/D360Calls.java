package dev.omnichannel.adapters.d360;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Raw calls to 360dialog with their timeouts and retries. Setting the webhook replaces the whole
 * configuration with the same value and reading it changes nothing, so repeating either after a
 * connection failure is safe. {@link D360Gateway} translates failures.
 */
@ApplicationScoped
class D360Calls {

  /**
   * A call that is not a send gets this long, once (a timeout is not retried; a refused connection
   * is, quickly): an operation that makes three calls still answers within 15 s.
   */
  static final long CALL_TIMEOUT_MS = 4500;

  /**
   * Calls under way to one 360dialog connection at most; more are refused at once ({@code
   * PROVIDER_BUSY}), so a hanging one ties up this many request threads and no more.
   */
  static final int CONCURRENT_CALLS = 16;

  private final Map<URI, Guard> bulkheads = new ConcurrentHashMap<>();

  /**
   * Calls the background workers make (media lookups) have a bulkhead of their own, so that they
   * never take a request's place: a send was refused {@code PROVIDER_BUSY} while profile-photo
   * lookups held two of the 16 (bench/run, 2026-11-26). As many as there are media workers ({@code
   * omnichannel.media.workers}), each of which makes one call at a time: none of theirs is refused,
   * however many an operator runs (it was 4 whatever their number).
   */
  private final int backgroundCalls;

  private final Map<URI, Guard> backgroundBulkheads = new ConcurrentHashMap<>();

  private final Map<URI, D360Api> clients = new ConcurrentHashMap<>();

  D360Calls(
      @ConfigProperty(name = "omnichannel.media.workers", defaultValue = "2") int mediaWorkers) {
    this.backgroundCalls = Math.max(1, mediaWorkers);
  }

  /** Runs {@code call} within the bulkhead of {@code baseUrl}'s connection. */
  private <T> T guarded(URI baseUrl, Supplier<T> call) {
    return guarded(bulkheads, CONCURRENT_CALLS, baseUrl, call);
  }

  /** Runs a background worker's {@code call} within its own bulkhead of the connection. */
  private <T> T guardedInBackground(URI baseUrl, Supplier<T> call) {
    return guarded(backgroundBulkheads, backgroundCalls, baseUrl, call);
  }

  @SuppressWarnings("unchecked")
  private static <T> T guarded(Map<URI, Guard> guards, int limit, URI baseUrl, Supplier<T> call) {
    return (T)
        guards
            .computeIfAbsent(
                baseUrl,
                uri -> Guard.create().withBulkhead().limit(limit).queueSize(1).done().build())
            .get(call::get, Object.class);
  }

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

  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void configureWebhook(URI baseUrl, String apiKey, D360Api.WebhookConfig config) {
    guarded(
        baseUrl,
        () -> {
          client(baseUrl).configureWebhook(apiKey, config);
          return null;
        });
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
      return guarded(baseUrl, () -> client(baseUrl).send(apiKey, message));
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

  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void readWebhook(URI baseUrl, String apiKey) {
    guarded(
        baseUrl,
        () -> {
          client(baseUrl).readWebhook(apiKey);
          return null;
        });
  }

  /** Marking read twice is marking read once: repeating after a refused connection is safe. */
  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void markRead(URI baseUrl, String apiKey, String messageId) {
    Map<String, Object> read = new java.util.LinkedHashMap<>();
    read.put("messaging_product", "whatsapp");
    read.put("status", "read");
    read.put("message_id", messageId);
    guarded(baseUrl, () -> client(baseUrl).markRead(apiKey, read));
  }

  /** A fresh link to a media id; looking up twice is harmless. */
  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  D360Api.MediaInfo media(URI baseUrl, String apiKey, String mediaId) {
    return guardedInBackground(baseUrl, () -> client(baseUrl).media(apiKey, mediaId));
  }
}
