package dev.omnichannel.application.contact;

import dev.omnichannel.domain.contact.Contact;

/** Registers a contact on one of the account's channels. */
public interface CreateContactUseCase {

  /**
   * @throws dev.omnichannel.domain.contact.ContactAlreadyExistsException when the channel has a
   *     contact of that identity already, however its number was written
   */
  Contact create(CreateContactCommand command);
}
