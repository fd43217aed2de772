package dev.omnichannel.adapters.http.media;

import dev.omnichannel.application.media.MediaFiles;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaStore;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A kept file as an HTTP answer: streamed, with {@code ETag} (its SHA-256), {@code If-None-Match},
 * one {@code Range} (206, or 416 when nothing of it is in range) and {@code Content-Disposition}.
 */
final class MediaAnswers {

  private static final int BUFFER = 64 * 1024;

  private MediaAnswers() {}

  static Response of(MediaFiles media, MediaFile file, String range, String ifNoneMatch) {
    long size = file.fetching().size();
    String etag = "\"" + file.fetching().sha256() + "\"";
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    Optional<ByteRange> asked;
    try {
      asked = ByteRange.of(range, size);
    } catch (ByteRange.Unsatisfiable e) {
      return Response.status(416).header("Content-Range", "bytes */" + size).build();
    }
    long first = asked.map(ByteRange::first).orElse(0L);
    long length = asked.map(ByteRange::length).orElse(size);
    MediaStore.Readable bytes = media.open(file, first);
    Response.ResponseBuilder answer =
        Response.status(asked.isPresent() ? 206 : 200)
            .entity(streamed(bytes.bytes(), length))
            .type(contentType(file))
            .header(HttpHeaders.CONTENT_LENGTH, length)
            .header(HttpHeaders.ETAG, etag)
            .header("Accept-Ranges", "bytes")
            .header("Cache-Control", "private, max-age=86400")
            .header("Content-Disposition", disposition(file));
    asked.ifPresent(
        r -> answer.header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + size));
    return answer.build();
  }

  private static StreamingOutput streamed(InputStream in, long length) {
    return out -> {
      try (in) {
        byte[] buffer = new byte[BUFFER];
        long left = length;
        while (left > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            break;
          }
          out.write(buffer, 0, n);
          left -= n;
        }
      }
    };
  }

  private static String contentType(MediaFile file) {
    String type = file.described().mimeType();
    return type == null || type.isBlank() || !type.contains("/")
        ? "application/octet-stream"
        : type;
  }

  /** {@code inline} with the file's name, ASCII-safe and in RFC 5987 form for the rest. */
  private static String disposition(MediaFile file) {
    String name = file.described().filename() != null ? file.described().filename() : file.id();
    String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    return "inline; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
