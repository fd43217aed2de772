package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.shared.DomainException;

/** A request with the same idempotency key is being handled right now. */
public class RequestInProgressException extends DomainException {

  public RequestInProgressException() {
    super(
        Category.CONFLICT,
        "REQUEST_IN_PROGRESS",
        "A request with this Idempotency-Key is in progress; retry shortly");
  }

  @Override
  public String title() {
    return "Request in progress";
  }
}
