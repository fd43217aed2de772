package dev.omnichannel.adapters.whatsappweb;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
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
 * Raw calls to a gateway, with the timeouts and retries each may safely have. Every call here is a
 * read or an idempotent setting, so repeating one after a connection failure cannot do anything
 * twice. Failures surface as the REST client throws them; {@link WhatsAppWebGateway} translates.
 */
@ApplicationScoped
class WhatsAppWebCalls {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A call that is not a send gets this long, once (a timeout is not retried; a refused connection
   * is, quickly): an operation that makes three calls still answers within 15 s.
   */
  static final long CALL_TIMEOUT_MS = 4500;

  /**
   * Calls under way to one gateway at most; more are refused at once ({@code PROVIDER_BUSY}), so a
   * hanging one ties up this many request threads and no more.
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

  private final Map<URI, WhatsAppWebApi> clients = new ConcurrentHashMap<>();

  WhatsAppWebCalls(
      @ConfigProperty(name = "omnichannel.media.workers", defaultValue = "2") int mediaWorkers) {
    this.backgroundCalls = Math.max(1, mediaWorkers);
  }

  /** An answer that is not the JSON the contract promises is the gateway's failure. */
  private static <T> T parse(String body, Class<T> type) {
    try {
      return JSON.readValue(body == null ? "" : body, type);
    } catch (IOException e) {
      throw new UnreadableAnswer();
    }
  }

  /** The gateway answered 2xx with something that is not the contract's JSON. */
  static final class UnreadableAnswer extends RuntimeException {
    UnreadableAnswer() {
      super("unreadable gateway answer", null, false, false);
    }
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

  private WhatsAppWebApi client(URI baseUrl) {
    return clients.computeIfAbsent(
        baseUrl,
        uri ->
            QuarkusRestClientBuilder.newBuilder()
                .baseUri(uri)
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .build(WhatsAppWebApi.class));
  }

  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void setWebhook(URI baseUrl, String clientNumber, String url) {
    guarded(
        baseUrl,
        () -> {
          client(baseUrl).setWebhook(clientNumber, url);
          return null;
        });
  }

  /**
   * Retried only when the gateway certainly did not take the message: it throttled us (429), or the
   * connection was refused before any request was sent. A timeout is not retried: the gateway may
   * have sent the message.
   */
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 500,
      jitter = 200,
      retryOn = {NotAccepted.class})
  WhatsAppWebApi.SendResponse send(
      URI baseUrl, String clientNumber, WhatsAppWebApi.SendRequest request) {
    try {
      return parse(
          guarded(baseUrl, () -> client(baseUrl).send(clientNumber, request)),
          WhatsAppWebApi.SendResponse.class);
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 429) {
        throw new NotAccepted(true, e.getResponse().getHeaderString("Retry-After"));
      }
      throw e;
    } catch (ProcessingException e) {
      if (NotAccepted.isConnectionRefused(e)) {
        throw new NotAccepted(false, null);
      }
      throw e;
    }
  }

  /** Deleting twice deletes once: repeating after a refused connection is safe. */
  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void delete(URI baseUrl, String clientNumber, String messageId) {
    guarded(
        baseUrl,
        () -> {
          client(baseUrl).delete(clientNumber, messageId);
          return null;
        });
  }

  /** The URL of a contact's profile photo, as the gateway answers it; asking twice is harmless. */
  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  String profilePicture(URI baseUrl, String clientNumber, String contact) {
    WhatsAppWebApi.ProfilePicture picture =
        parse(
            guardedInBackground(
                baseUrl, () -> client(baseUrl).profilePicture(clientNumber, contact)),
            WhatsAppWebApi.ProfilePicture.class);
    return picture == null ? null : picture.url();
  }

  /** Marking read and showing presence are idempotent: repeated after a refused connection. */
  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void read(URI baseUrl, String clientNumber, String chatId) {
    guarded(
        baseUrl, () -> client(baseUrl).read(clientNumber, new WhatsAppWebApi.ReadRequest(chatId)));
  }

  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void presence(URI baseUrl, String clientNumber, String to, String state) {
    guarded(
        baseUrl,
        () ->
            client(baseUrl).presence(clientNumber, new WhatsAppWebApi.PresenceRequest(to, state)));
  }

  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  WhatsAppWebApi.GatewayStatus status(URI baseUrl, String clientNumber) {
    return parse(
        guarded(baseUrl, () -> client(baseUrl).status(clientNumber)),
        WhatsAppWebApi.GatewayStatus.class);
  }

  @Timeout(value = CALL_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  WhatsAppWebApi.GatewayValidation validate(URI baseUrl, String clientNumber, String contact) {
    return parse(
        guarded(baseUrl, () -> client(baseUrl).validate(clientNumber, contact)),
        WhatsAppWebApi.GatewayValidation.class);
  }
}
