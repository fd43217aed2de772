package dev.omnichannel.application.contact;

import dev.omnichannel.domain.contact.Contact;

/** Changes some fields of a contact. */
public interface UpdateContactUseCase {

  Contact update(UpdateContactCommand command);
}
