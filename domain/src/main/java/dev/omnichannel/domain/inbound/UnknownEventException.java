package dev.omnichannel.domain.inbound;

import dev.omnichannel.domain.shared.DomainException;

/** A webhook call of a kind we do not know; refused so the provider's logs show it. */
public class UnknownEventException extends DomainException {

  public UnknownEventException(String detail) {
    super(Category.INVALID_INPUT, "UNKNOWN_EVENT", detail);
  }

  @Override
  public String title() {
    return "Unknown event";
  }
}
