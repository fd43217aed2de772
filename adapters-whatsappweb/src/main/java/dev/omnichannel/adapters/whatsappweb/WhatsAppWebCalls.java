package dev.omnichannel.adapters.whatsappweb;

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
 * Raw calls to a gateway, with the timeouts and retries each may safely have. Every call here is a
 * read or an idempotent setting, so repeating one after a connection failure cannot do anything
 * twice. Failures surface as the REST client throws them; {@link WhatsAppWebGateway} translates.
 */
@ApplicationScoped
class WhatsAppWebCalls {

  private final Map<URI, WhatsAppWebApi> clients = new ConcurrentHashMap<>();

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

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  WhatsAppWebApi.GatewayStatus status(URI baseUrl, String clientNumber) {
    return client(baseUrl).status(clientNumber);
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class)
  WhatsAppWebApi.GatewayValidation validate(URI baseUrl, String clientNumber, String contact) {
    return client(baseUrl).validate(clientNumber, contact);
  }
}
