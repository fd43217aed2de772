package dev.omnichannel.adapters.whatsappweb;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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

  private final Map<URI, WhatsAppWebApi> clients = new ConcurrentHashMap<>();

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

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void setWebhook(URI baseUrl, String clientNumber, String url) {
    client(baseUrl).setWebhook(clientNumber, url);
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
      return parse(client(baseUrl).send(clientNumber, request), WhatsAppWebApi.SendResponse.class);
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
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  void delete(URI baseUrl, String clientNumber, String messageId) {
    client(baseUrl).delete(clientNumber, messageId);
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  WhatsAppWebApi.GatewayStatus status(URI baseUrl, String clientNumber) {
    return parse(client(baseUrl).status(clientNumber), WhatsAppWebApi.GatewayStatus.class);
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  WhatsAppWebApi.GatewayValidation validate(URI baseUrl, String clientNumber, String contact) {
    return parse(
        client(baseUrl).validate(clientNumber, contact), WhatsAppWebApi.GatewayValidation.class);
  }
}
