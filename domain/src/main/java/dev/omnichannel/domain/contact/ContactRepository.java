package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stores contacts, always within one account. */
public interface ContactRepository {

  /**
   * Stores a new contact with the events of its creation in its outbox.
   *
   * @throws ContactAlreadyExistsException when the channel already has a contact of that identity
   */
  void insert(Contact contact, List<OutboxEvent> events);

  /**
   * Stores a change with its events.
   *
   * @throws ContactAlreadyExistsException when the change gives it another contact's identity
   */
  void update(Contact contact, List<OutboxEvent> events);

  Optional<Contact> find(ClientIdentifier account, String id);

  /**
   * Creates the contact of an import, or refreshes the existing one's provider-given fields; safe
   * to repeat and to run concurrently for one contact. {@code messageKey}, when given, is the
   * delivered message the import is for: the contact remembers the last ones it brought.
   */
  Imported importContact(ContactImport contact, String newId, Instant now, String messageKey);

  /**
   * What an import found. {@code maybeSeen}: the message may have been delivered before (the
   * contact remembers it, or a concurrent import created the contact); {@code announced}: its
   * {@code contact.created} event is in the feed already.
   */
  record Imported(Contact contact, boolean created, boolean announced, boolean maybeSeen) {}

  /** The contact's {@code contact.created} event is in the feed. */
  void markAnnounced(String contactId);

  /** Keeps the provider's form of the contact's number ({@code wa_id}) beside the typed one. */
  void rememberProviderId(ClientIdentifier account, String contactId, String providerId);

  Page<Contact> search(ContactQuery query);

  /** The contact of a channel known by that identity (its phone, or its LID or BSUID). */
  Optional<Contact> findOnChannel(
      ClientIdentifier account, String channelId, ContactIdentifier identifier);

  /** The contact of a channel that a LID or BSUID was linked to (API.md §10), if any. */
  Optional<Contact> findByAlias(ClientIdentifier account, String channelId, String identity);

  /** The account's group with that id, on the given channel or, when {@code null}, on any. */
  Optional<Contact> findGroup(ClientIdentifier account, String channelId, String groupId);
}
