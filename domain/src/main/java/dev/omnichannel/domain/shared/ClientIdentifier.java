package dev.omnichannel.domain.shared;

import java.util.Locale;
import java.util.UUID;

/** The account (tenant) every stored document belongs to: a UUID, kept in lower case. */
public record ClientIdentifier(String value) {

  public ClientIdentifier {
    if (value == null) {
      throw new InvalidInputException("clientIdentifier", "is required");
    }
    try {
      value = UUID.fromString(value).toString().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("clientIdentifier", "must be a UUID");
    }
  }

  public static ClientIdentifier of(String value) {
    return new ClientIdentifier(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
