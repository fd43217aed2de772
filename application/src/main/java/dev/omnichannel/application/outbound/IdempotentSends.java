package dev.omnichannel.application.outbound;

import dev.omnichannel.domain.outbound.SendRequests;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a send at most once per caller's {@code Idempotency-Key}: a repeat gets the first answer; a
 * send that failed gives the key back. Without a key, the send simply runs.
 */
public class IdempotentSends {

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

  private final SendRequests requests;
  private final Clock clock;

  public IdempotentSends(SendRequests requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  /**
   * Whether a failed send may still have reached the customer: the provider did not answer, or
   * failed on its side. Then the claim stays until {@link SendRequests#CLAIM_TIMEOUT}, so a retry
   * with the key cannot send twice. A refusal by our rules or by the provider gives the key back;
   * an unexpected failure (e.g. storing the sent message) keeps it too.
   */
  static boolean mayHaveBeenSent(DomainException e) {
    return "PROVIDER_UNAVAILABLE".equals(e.code()) || "PROVIDER_ERROR".equals(e.code());
  }

  public SendRequests.Answer run(
      ClientIdentifier account, String key, Supplier<SendRequests.Answer> send) {
    if (key == null) {
      return send.get();
    }
    if (!KEY.matcher(key).matches()) {
      throw new InvalidInputException(
          "Idempotency-Key", "must be 1 to 128 visible ASCII characters");
    }
    Optional<SendRequests.Answer> earlier = requests.claim(account, key, clock.instant());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    SendRequests.Answer answer;
    try {
      answer = send.get();
    } catch (DomainException e) {
      if (!mayHaveBeenSent(e)) {
        requests.release(account, key);
      }
      throw e;
    }
    requests.complete(account, key, answer);
    return answer;
  }
}
