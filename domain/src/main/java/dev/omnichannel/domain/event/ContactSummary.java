package dev.omnichannel.domain.event;

import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactData;

/** Who a message event is about: {@code contact:{_id,name,customName,contactIdentifier}}. */
public record ContactSummary(String id, String name, String customName, String contactIdentifier) {

  public static ContactSummary of(Contact contact) {
    ContactData c = contact.data();
    return new ContactSummary(c.id(), c.name(), c.customName(), c.identifier().value());
  }
}
