package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a contact is addressed on its channel: a normalized phone number for an individual, the
 * provider's group id kept as it is for a group ({@code 5521977776666-group}).
 */
public record ContactIdentifier(String value, PhoneNumber phone) {

  private static final Pattern NUMBER_LIKE = Pattern.compile("\\+?[0-9 ().\\-]+");
  private static final Pattern GROUP_ID = Pattern.compile("[0-9A-Za-z@._:\\-]{3,128}");

  public ContactIdentifier {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("contactIdentifier", "is required");
    }
  }

  /** Reads what the caller wrote for a contact of the given type. */
  public static ContactIdentifier of(ContactType type, String raw) {
    if (type == ContactType.GROUP) {
      return group(raw);
    }
    PhoneNumber phone = PhoneNumber.parse(raw, "contactIdentifier");
    return new ContactIdentifier(phone.digits(), phone);
  }

  /**
   * An identifier whose type is not given (a search): a number however it is written, anything else
   * a group id.
   */
  public static ContactIdentifier infer(String raw) {
    boolean number = raw != null && NUMBER_LIKE.matcher(raw.trim()).matches();
    return of(number ? ContactType.INDIVIDUAL : ContactType.GROUP, raw);
  }

  public static ContactIdentifier group(String raw) {
    String trimmed = raw == null ? "" : raw.trim();
    if (!GROUP_ID.matcher(trimmed).matches()) {
      throw new InvalidInputException(
          "contactIdentifier", "must be a group id such as 5521977776666-group");
    }
    return new ContactIdentifier(trimmed, null);
  }

  public Optional<PhoneNumber> phoneNumber() {
    return Optional.ofNullable(phone);
  }

  /** What two identifiers of one contact share (the ninth-digit rule for Brazilian numbers). */
  public String identityKey() {
    return phone != null ? phone.identityKey() : value;
  }

  @Override
  public String toString() {
    return value;
  }
}
