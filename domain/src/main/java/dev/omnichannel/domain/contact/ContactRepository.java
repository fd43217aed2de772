package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import java.util.Optional;

/** Port: stores contacts, always within one account. */
public interface ContactRepository {

  /**
   * @throws ContactAlreadyExistsException when the channel already has a contact of that identity
   */
  void insert(Contact contact);

  /**
   * @throws ContactAlreadyExistsException when the change gives it another contact's identity
   */
  void update(Contact contact);

  Optional<Contact> find(ClientIdentifier account, String id);

  /**
   * Creates the contact of an import, or refreshes the existing one's provider-given fields; safe
   * to repeat and to run concurrently for one contact.
   */
  Contact importContact(ContactImport contact, String newId, java.time.Instant now);

  /** Keeps the provider's form of the contact's number ({@code wa_id}) beside the typed one. */
  void rememberProviderId(ClientIdentifier account, String contactId, String providerId);

  Page<Contact> search(ContactQuery query);

  /** The account's group with that id, on the given channel or, when {@code null}, on any. */
  Optional<Contact> findGroup(ClientIdentifier account, String channelId, String groupId);
}
