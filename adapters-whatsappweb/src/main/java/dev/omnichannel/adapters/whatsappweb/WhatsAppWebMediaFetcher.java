package dev.omnichannel.adapters.whatsappweb;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.media.ProfilePhotos;
import dev.omnichannel.domain.provider.MediaFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads a customer's file from the gateway's {@code mediaUrl} (or, in the seed's form, the URL
 * in {@code content}), streamed to the caller.
 */
@ApplicationScoped
public class WhatsAppWebMediaFetcher implements MediaFetcher {

  private final WhatsAppWebCalls calls;

  WhatsAppWebMediaFetcher(WhatsAppWebCalls calls) {
    this.calls = calls;
  }

  @Override
  public Provider provider() {
    return Provider.WHATSAPP_WEB;
  }

  @Override
  public Download open(PlatformConfig config, Channel channel, String source) throws IOException {
    if (ProfilePhotos.isPhoto(source)) {
      return download(photoUrl(config, ProfilePhotos.addressOf(source).orElseThrow()));
    }
    return download(source);
  }

  /**
   * {@code GET /{clientNumber}/profile-picture/{contact}} → {@code {"url"}}; 404 when the person
   * hides their photo (the gateway contract, docs/providers.md).
   */
  private String photoUrl(PlatformConfig config, String contact) throws IOException {
    String clientNumber = config.clientNumber().orElseThrow().digits();
    String url;
    try {
      url = calls.profilePicture(config.baseUrl(), clientNumber, contact);
    } catch (jakarta.ws.rs.WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        throw new NoFile("the contact shows no profile photo");
      }
      throw new IOException("the gateway answered HTTP " + e.getResponse().getStatus());
    } catch (RuntimeException e) {
      throw new IOException("the gateway did not answer: " + e, e);
    }
    if (url == null || url.isBlank()) {
      throw new NoFile("the contact shows no profile photo");
    }
    return url;
  }

  private Download download(String source) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(source)).timeout(Duration.ofSeconds(30)).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = Client.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (IllegalArgumentException notHttp) {
      throw new IOException("the gateway's media URL cannot be fetched");
    }
    if (response.statusCode() / 100 != 2) {
      response.body().close();
      throw new IOException("the gateway's media URL answered HTTP " + response.statusCode());
    }
    return new Download(
        response.body(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.headers().firstValueAsLong("Content-Length").stream()
            .boxed()
            .findFirst()
            .orElse(null),
        null);
  }

  /**
   * The client of the gateway's downloads, built at the first one, not while the service starts.
   */
  private static final class Client {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }
}
