package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: remembers sends by the caller's idempotency key, so a retried request gets the first answer
 * instead of a second message.
 */
public interface SendRequests {

  /** How long a claim without an answer blocks the key (a crash mid-send leaves one). */
  Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

  /** The answer a completed send gave. */
  record Answer(String sessionId, String messageId) {}

  /**
   * Claims the key for a send about to happen.
   *
   * @return the earlier answer when the key was used by a completed send; empty when the caller now
   *     holds the claim and must {@link #complete} or {@link #release} it
   * @throws RequestInProgressException while another request holds a fresh claim on the key
   */
  Optional<Answer> claim(ClientIdentifier account, String key, Instant now);

  void complete(ClientIdentifier account, String key, Answer answer);

  /** Gives the key back after a send that failed, so the caller may try again. */
  void release(ClientIdentifier account, String key);
}
