package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaLinks;
import dev.omnichannel.domain.shared.ClientIdentifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links {@code {public-url}/media/{id}/{name}?a={account}&e={expires}&s={signature}}, signed with
 * an HMAC under a key derived from {@code OMNICHANNEL_SECRET_KEY}: any replica verifies what any
 * other signed, and a link cannot be changed to name another file, account or expiry.
 */
@ApplicationScoped
public class SignedMediaLinks implements MediaLinks {

  private static final String PURPOSE = "media-link:v1";
  private static final Pattern PATH = Pattern.compile(".*/media/([0-9a-f]{24})/[^/]+$");

  private final SecretBox box;
  private final String publicUrl;

  SignedMediaLinks(SecretBox box, @ConfigProperty(name = "omnichannel.public-url") URI publicUrl) {
    this.box = box;
    this.publicUrl = publicUrl.toString().replaceAll("/+$", "");
  }

  @Override
  public URI link(ClientIdentifier account, MediaFile file, Instant expires) {
    long e = expires.getEpochSecond();
    return URI.create(
        publicUrl
            + "/media/"
            + file.id()
            + "/"
            + encode(name(file))
            + "?a="
            + encode(account.value())
            + "&e="
            + e
            + "&s="
            + signature(account.value(), file.id(), e));
  }

  @Override
  public Optional<Linked> read(URI link, Instant now) {
    Matcher path = PATH.matcher(link.getRawPath() == null ? "" : link.getRawPath());
    Map<String, String> query = query(link.getRawQuery());
    if (!path.matches() || !query.keySet().containsAll(java.util.List.of("a", "e", "s"))) {
      return Optional.empty();
    }
    long expires;
    try {
      expires = Long.parseLong(query.get("e"));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String expected = signature(query.get("a"), path.group(1), expires);
    boolean genuine =
        MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            query.get("s").getBytes(StandardCharsets.US_ASCII));
    if (!genuine || now.getEpochSecond() > expires) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Linked(ClientIdentifier.of(query.get("a")), path.group(1)));
    } catch (RuntimeException notAnAccount) {
      return Optional.empty();
    }
  }

  private String signature(String account, String mediaId, long expires) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(box.sign(PURPOSE, account + "\n" + mediaId + "\n" + expires));
  }

  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "image/jpeg", "jpg",
          "image/png", "png",
          "image/webp", "webp",
          "audio/ogg", "ogg",
          "audio/mpeg", "mp3",
          "audio/aac", "aac",
          "video/mp4", "mp4",
          "video/3gpp", "3gp",
          "application/pdf", "pdf");

  /** The file's name, with an extension its kind is read from when it has none. */
  private static String name(MediaFile file) {
    String name = file.described().filename();
    String base = name == null || name.isBlank() ? file.id() : name;
    if (base.contains(".")) {
      return base;
    }
    String mime = file.described().mimeType() == null ? "" : file.described().mimeType();
    String type = mime.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    return base + "." + EXTENSIONS.getOrDefault(type, "bin");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }
}
