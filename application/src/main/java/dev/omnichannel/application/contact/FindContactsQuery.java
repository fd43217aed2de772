package dev.omnichannel.application.contact;

import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactQuery;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;

/** Reads an account's contacts. */
public interface FindContactsQuery {

  Contact get(ClientIdentifier account, String contactId);

  Page<Contact> search(ContactQuery query);
}
