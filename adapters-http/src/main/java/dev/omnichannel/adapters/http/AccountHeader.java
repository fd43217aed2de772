package dev.omnichannel.adapters.http;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.InvalidInputException;

/**
 * The seed's session and message paths carry no account, so callers name it in the {@code
 * X-Client-Identifier} header (docs/decisions.md).
 */
public final class AccountHeader {

  public static final String NAME = "X-Client-Identifier";

  private AccountHeader() {}

  public static ClientIdentifier parse(String header) {
    if (header == null || header.isBlank()) {
      throw new InvalidInputException(NAME, "is required: the account (a UUID)");
    }
    try {
      return ClientIdentifier.of(header);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(NAME, "must be the account's UUID");
    }
  }
}
