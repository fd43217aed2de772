package dev.omnichannel.adapters.d360;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.provider.MediaFetcher;
import dev.omnichannel.domain.provider.ProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Downloads a customer's file through 360dialog (PROVIDERS.md §1.5): {@code GET /{media-id}} gives
 * a Meta link valid for 5 minutes, fetched with its host swapped for the connection's and the key;
 * a link refused as expired is looked up once more. The body is streamed to the caller.
 */
@ApplicationScoped
public class D360MediaFetcher implements MediaFetcher {

  static final String SOURCE = "d360-media:";
  private static final Set<Integer> EXPIRED = Set.of(401, 403, 404, 410);

  private final D360Calls calls;

  D360MediaFetcher(D360Calls calls) {
    this.calls = calls;
  }

  @Override
  public Provider provider() {
    return Provider.D360;
  }

  @Override
  public Download open(PlatformConfig config, Channel channel, String source) throws IOException {
    String key = config.apiKey().orElseThrow().value();
    if (!source.startsWith(SOURCE)) {
      // a hosting that gives the link: the key goes only to the connection's own host
      URI link = URI.create(source);
      boolean ours =
          link.getHost() != null && link.getHost().equalsIgnoreCase(config.baseUrl().getHost());
      return download(link, ours ? key : null, null, null);
    }
    String mediaId = source.substring(SOURCE.length());
    for (int attempt = 1; ; attempt++) {
      D360Api.MediaInfo info = lookup(config, key, mediaId);
      if (info == null || info.url() == null) {
        throw new IOException("360dialog gave no link for media " + mediaId);
      }
      try {
        return download(
            swapped(URI.create(info.url()), config.baseUrl()), key, info.mimeType(), info.sha256());
      } catch (LinkExpired expired) {
        if (attempt == 2) {
          throw expired;
        }
      }
    }
  }

  private D360Api.MediaInfo lookup(PlatformConfig config, String key, String mediaId)
      throws IOException {
    try {
      return calls.media(config.baseUrl(), key, mediaId);
    } catch (WebApplicationException e) {
      throw new IOException(
          "360dialog answered HTTP " + e.getResponse().getStatus() + " for media");
    } catch (ProcessingException | TimeoutException e) {
      throw new IOException("360dialog did not answer the media lookup");
    } catch (BulkheadException e) {
      throw ProviderException.busy(Provider.D360, D360Gateway.BUSY_RETRY_AFTER_SECONDS);
    }
  }

  /** Meta's link with the 360dialog host in its place, keeping its path and query. */
  static URI swapped(URI metaLink, URI baseUrl) {
    String path = metaLink.getRawPath() == null ? "" : metaLink.getRawPath();
    String query = metaLink.getRawQuery() == null ? "" : "?" + metaLink.getRawQuery();
    String base = baseUrl.toString().replaceAll("/+$", "");
    return URI.create(base + path + query);
  }

  private Download download(URI url, String key, String mimeType, String sha256)
      throws IOException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET();
    if (key != null) {
      builder.header(D360Api.API_KEY, key);
    }
    HttpRequest request = builder.build();
    HttpResponse<InputStream> response;
    try {
      response = Client.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      response.body().close();
      if (EXPIRED.contains(status)) {
        throw new LinkExpired(status);
      }
      throw new IOException("the media download answered HTTP " + status);
    }
    Long length =
        response.headers().firstValueAsLong("Content-Length").stream()
            .boxed()
            .findFirst()
            .orElse(null);
    String type =
        mimeType != null ? mimeType : response.headers().firstValue("Content-Type").orElse(null);
    return new Download(response.body(), type, length, sha256);
  }

  /** The link was refused: it ran out, and a fresh lookup gives a new one. */
  static final class LinkExpired extends IOException {
    LinkExpired(int status) {
      super("the media link was refused (HTTP " + status + ")");
    }
  }

  /** Built at the first download, not during the service's start (as the webhook sender's). */
  private static final class Client {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }
}
