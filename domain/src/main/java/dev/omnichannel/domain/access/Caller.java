package dev.omnichannel.domain.access;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.util.Optional;

/**
 * Who a request's key names: one account, or the operator, who reaches every account. An account
 * key reaches only its own account; another account is answered as not found, so keys learn nothing
 * about other tenants.
 */
public record Caller(ClientIdentifier account, String keyId, String name) {

  /** The header naming the account on paths that carry none (seed §2–§6). */
  public static final String ACCOUNT_HEADER = "X-Client-Identifier";

  public static Caller operator() {
    return new Caller(null, null, "operator");
  }

  public static Caller of(ApiKey key) {
    return new Caller(key.account(), key.id(), key.name());
  }

  public boolean isOperator() {
    return account == null;
  }

  public Optional<ClientIdentifier> ownAccount() {
    return Optional.ofNullable(account);
  }

  /**
   * The account a path names, if this caller may reach it.
   *
   * @throws NotFoundException for another account than the key's
   */
  public ClientIdentifier reach(ClientIdentifier named) {
    if (isOperator() || account.equals(named)) {
      return named;
    }
    throw new NotFoundException("account", named.value());
  }

  /**
   * The account of a request whose path names none: the key's; the operator names one in {@link
   * #ACCOUNT_HEADER}.
   *
   * @param header the header's value, or {@code null}
   */
  public ClientIdentifier accountFor(String header) {
    if (header == null || header.isBlank()) {
      if (isOperator()) {
        throw new InvalidInputException(
            ACCOUNT_HEADER, "is required with the operator key: the account (a UUID)");
      }
      return account;
    }
    ClientIdentifier named;
    try {
      named = ClientIdentifier.of(header.trim());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(ACCOUNT_HEADER, "must be the account's UUID");
    }
    return reach(named);
  }
}
