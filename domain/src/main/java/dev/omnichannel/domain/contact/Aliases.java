package dev.omnichannel.domain.contact;

import java.util.List;
import java.util.stream.Stream;

/**
 * The identities a person has besides their {@code contactIdentifier} (API.md §10): WhatsApp's
 * privacy id ({@code …@lid}), the Cloud API's business-scoped user id and the username shown with
 * it. A delivery that carries two identities links them: the contact found by one keeps the other,
 * and a later delivery by either finds the same contact.
 */
public record Aliases(String lid, String bsuid, String username) {

  public static final Aliases NONE = new Aliases(null, null, null);

  public static Aliases of(ContactIdentifier identifier) {
    String value = identifier.value();
    if (identifier.phoneNumber().isPresent()) {
      return NONE;
    }
    if (value.endsWith("@lid")) {
      return new Aliases(value, null, null);
    }
    return WhatsAppAddress.isBsuid(value) ? new Aliases(null, value, null) : NONE;
  }

  /** These aliases, completed by what {@code other} knows and these do not. */
  public Aliases with(Aliases other) {
    return new Aliases(
        lid != null ? lid : other.lid,
        bsuid != null ? bsuid : other.bsuid,
        username != null ? username : other.username);
  }

  /** The identities a contact can be found by (the username is a display name, not one). */
  public List<String> identities() {
    return Stream.of(lid, bsuid).filter(v -> v != null).toList();
  }

  public boolean isEmpty() {
    return lid == null && bsuid == null && username == null;
  }
}
