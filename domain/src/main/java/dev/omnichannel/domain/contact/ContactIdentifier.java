package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a contact is addressed on its channel: for a person, a normalized phone number when known,
 * else WhatsApp's privacy id ({@code 123456789012345@lid}) or the Cloud API's business-scoped user
 * id ({@code US.13491208655302741918}); for a group, the provider's group id kept as it is ({@code
 * 5521977776666-group}, {@code 120363…@g.us}). Every WhatsApp Web form of a phone ({@code …@c.us},
 * {@code …@s.whatsapp.net}, {@code …:6@s.whatsapp.net}) is read as the phone.
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
    return person(raw, "contactIdentifier");
  }

  /** A person as a provider or an agent wrote them; {@code field} names the input in a refusal. */
  public static ContactIdentifier person(String raw, String field) {
    WhatsAppAddress address = WhatsAppAddress.parse(raw, field);
    return switch (address.kind()) {
      case PHONE -> {
        PhoneNumber phone = PhoneNumber.parse(address.value(), field);
        yield new ContactIdentifier(phone.digits(), phone);
      }
      case LID, BSUID -> new ContactIdentifier(address.value(), null);
      case GROUP -> throw new InvalidInputException(field, "names a group, not a person");
    };
  }

  /**
   * An identifier whose type is not given (a search): a number however it is written, anything else
   * a group id.
   */
  public static ContactIdentifier infer(String raw) {
    String s = raw == null ? "" : raw.trim();
    boolean person =
        NUMBER_LIKE.matcher(s).matches()
            || WhatsAppAddress.isBsuid(s)
            || (s.contains("@") && !s.toLowerCase(java.util.Locale.ROOT).endsWith("@g.us"));
    return of(person ? ContactType.INDIVIDUAL : ContactType.GROUP, raw);
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
