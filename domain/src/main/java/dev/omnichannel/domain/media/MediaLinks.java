package dev.omnichannel.domain.media;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: signed, expiring links to a kept file, so a provider can fetch what an agent forwards
 * without an API key (API.md §11). A link names the account and the file; its signature is ours.
 */
public interface MediaLinks {

  /** A link to {@code file} valid until {@code expires}; it ends with the file's name. */
  URI link(ClientIdentifier account, MediaFile file, Instant expires);

  /** The file a link of ours names, when its signature holds and it has not expired. */
  Optional<Linked> read(URI link, Instant now);

  record Linked(ClientIdentifier account, String mediaId) {}
}
