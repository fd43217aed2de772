package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.shared.DomainException;
import java.util.Map;

/** The channel already has a contact of this identity; names it so the caller can use it. */
public class ContactAlreadyExistsException extends DomainException {

  private final String existingId;

  public ContactAlreadyExistsException(String existingId) {
    super(
        Category.CONFLICT,
        "CONTACT_EXISTS",
        "A contact with this identifier already exists on the channel: " + existingId);
    this.existingId = existingId;
  }

  public String existingId() {
    return existingId;
  }

  @Override
  public String title() {
    return "Contact already exists";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("existingId", existingId);
  }
}
