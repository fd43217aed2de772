package dev.omnichannel.adapters.http.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.domain.media.KeptMedia;
import dev.omnichannel.domain.media.Sha256;
import dev.omnichannel.domain.message.MessageDetails;

/**
 * A message's file as the API shows it (API.md §11): what the provider said of it and, when we keep
 * it, where to read it ({@code url}), its {@code status}, size and SHA-256 in lowercase hex.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaView(
    @JsonProperty("_id") String id,
    String url,
    String mimeType,
    Long size,
    String sha256,
    String filename,
    Boolean voice,
    Boolean animated,
    String status) {

  static MediaView of(MessageDetails d) {
    MessageDetails.Media described = d.media();
    KeptMedia kept = d.kept();
    if (described == null && kept == null) {
      return null;
    }
    String sha256 =
        kept != null && kept.sha256() != null
            ? kept.sha256()
            : described == null || described.sha256() == null
                ? null
                : Sha256.toHex(described.sha256());
    return new MediaView(
        kept == null ? null : kept.id(),
        kept == null ? null : kept.url(),
        described == null ? null : described.mimeType(),
        kept == null ? null : kept.size(),
        sha256,
        described == null ? null : described.filename(),
        described == null ? null : described.voice(),
        described == null ? null : described.animated(),
        kept == null ? null : Slugs.of(kept.status()));
  }
}
