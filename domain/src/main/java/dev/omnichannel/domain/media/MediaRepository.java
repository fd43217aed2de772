package dev.omnichannel.domain.media;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the files to fetch and the ones kept. Pending fetches are claimed with a lease, so they
 * survive a restart and replicas share them without doing one twice at a time.
 */
public interface MediaRepository {

  /** Stores a new pending file unless one with its id exists; true when this call stored it. */
  boolean insertIfAbsent(MediaFile file);

  Optional<MediaFile> find(ClientIdentifier account, String id);

  /** The next due pending file, held for {@code lease} under {@code leaseId}. */
  Optional<MediaFile> claimDue(Instant now, Duration lease, String leaseId);

  /** Stores the outcome of an attempt, if the lease is still ours. */
  boolean save(MediaFile file, String leaseId);
}
