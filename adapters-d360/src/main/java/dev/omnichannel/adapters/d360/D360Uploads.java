package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaLinks;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.MediaStore;
import dev.omnichannel.domain.provider.ProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * A kept file an agent forwards goes to 360dialog by upload (PROVIDERS.md §1.5: {@code POST
 * /media}, multipart, answered {@code {"id"}}), streamed from the media store, and is then sent by
 * that id: 360dialog never needs to reach us.
 */
@ApplicationScoped
public class D360Uploads {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MediaLinks links;
  private final MediaRepository files;
  private final MediaStore store;
  private final Clock clock;

  D360Uploads(MediaLinks links, MediaRepository files, MediaStore store, Clock clock) {
    this.links = links;
    this.files = files;
    this.store = store;
    this.clock = clock;
  }

  /** 360dialog's media id for {@code mediaUri} when it is a link of ours to a kept file. */
  Optional<String> uploadIfKept(PlatformConfig config, URI mediaUri) {
    Optional<MediaFile> kept =
        links
            .read(mediaUri, clock.instant())
            .flatMap(linked -> files.find(linked.account(), linked.mediaId()))
            .filter(f -> f.fetching().storeId() != null);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(upload(config, kept.get()));
    } catch (IOException e) {
      org.jboss.logging.Logger.getLogger(D360Uploads.class)
          .warnf("Uploading media %s to 360dialog failed: %s", kept.get().id(), e.toString());
      throw ProviderException.unavailable(Provider.D360, "360dialog did not take the upload");
    }
  }

  private String upload(PlatformConfig config, MediaFile file) throws IOException {
    String boundary = "omnichannel-" + UUID.randomUUID();
    String mime =
        file.described().mimeType() == null
            ? "application/octet-stream"
            : file.described().mimeType();
    String name = file.described().filename() == null ? file.id() : file.described().filename();
    String head =
        part(boundary, "messaging_product", "whatsapp")
            + part(boundary, "type", mime)
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name.replaceAll("[\"\\r\\n\\\\]", "_")
            + "\"\r\nContent-Type: "
            + mime
            + "\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    MediaStore.Readable bytes =
        store
            .open(file.fetching().storeId(), 0)
            .orElseThrow(() -> new IOException("the kept file is gone"));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(config.baseUrl().toString().replaceAll("/+$", "") + "/media"))
            .header(D360Api.API_KEY, config.apiKey().orElseThrow().value())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .timeout(Duration.ofMinutes(2))
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                    HttpRequest.BodyPublishers.ofInputStream(bytes::bytes),
                    HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
            .build();
    HttpResponse<String> response;
    try (InputStream ignored = bytes.bytes()) {
      response = Client.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    if (response.statusCode() == 401) {
      throw ProviderException.authFailed(Provider.D360);
    }
    if (response.statusCode() / 100 != 2) {
      throw ProviderException.error(
          Provider.D360, "360dialog refused the upload (HTTP " + response.statusCode() + ")");
    }
    JsonNode id = JSON.readTree(response.body()).path("id");
    if (!id.isTextual() || id.asText().isBlank()) {
      throw ProviderException.error(Provider.D360, "360dialog answered the upload without an id");
    }
    return id.asText();
  }

  private static String part(String boundary, String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  /** Built at the first upload, not during the service's start (as the webhook sender's). */
  private static final class Client {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }
}
