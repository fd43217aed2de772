package dev.omnichannel.domain.outbound;

import java.util.List;

/** One structured contact to share (seed §2.7): a name and its phones. */
public record ContactCard(
    String formattedName, String firstName, String lastName, List<Phone> phones) {

  /** A phone of a card; {@code waId} is the WhatsApp id when known. */
  public record Phone(String phone, String type, String waId) {}

  public ContactCard {
    phones = phones == null ? List.of() : List.copyOf(phones);
  }
}
