package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactAlreadyExistsException;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactQuery;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contacts in memory, unique per channel and identity like the real store; an import refreshes what
 * {@link ContactImport#refresh()} names and remembers the messages it brought.
 */
public final class InMemoryContacts implements ContactRepository {

  private final Map<String, ContactData> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> recent = new LinkedHashMap<>();
  private final Set<String> announced = new LinkedHashSet<>();
  private final List<OutboxEvent> outbox = new ArrayList<>();

  /** Every event written with a contact's change. */
  public List<OutboxEvent> outbox() {
    return List.copyOf(outbox);
  }

  public List<Contact> all() {
    return byId.values().stream().map(Contact::restore).toList();
  }

  @Override
  public synchronized void insert(Contact contact, List<OutboxEvent> events) {
    conflict(contact);
    byId.put(contact.id(), contact.data());
    announced.add(contact.id());
    outbox.addAll(events);
  }

  @Override
  public synchronized void update(Contact contact, List<OutboxEvent> events) {
    conflict(contact);
    byId.put(contact.id(), contact.data());
    outbox.addAll(events);
  }

  private void conflict(Contact contact) {
    byId.values().stream()
        .filter(c -> !c.id().equals(contact.id()))
        .filter(c -> Contact.restore(c).uniqueKey().equals(contact.uniqueKey()))
        .findFirst()
        .ifPresent(
            c -> {
              throw new ContactAlreadyExistsException(c.id());
            });
  }

  /** Run at every {@link #find}, before it reads: a test sees the order of reads. */
  public volatile Runnable onFind = () -> {};

  @Override
  public synchronized Optional<Contact> find(ClientIdentifier account, String id) {
    onFind.run();
    return Optional.ofNullable(byId.get(id))
        .filter(c -> c.clientIdentifier().equals(account))
        .map(Contact::restore);
  }

  @Override
  public synchronized Imported importContact(
      ContactImport contact, String newId, Instant now, String messageKey) {
    Optional<ContactData> existing = byUniqueKey(contact.uniqueKey());
    if (existing.isEmpty()) {
      ContactData created =
          new ContactData(
              newId,
              contact.account(),
              contact.channelId(),
              contact.identifier(),
              contact.type(),
              contact.channelType(),
              contact.name(),
              null,
              null,
              null,
              List.of(),
              false,
              contact.participants(),
              now,
              now,
              contact.providerId(),
              contact.aliases());
      byId.put(newId, created);
      remember(newId, messageKey);
      return new Imported(Contact.restore(created), true, false, false);
    }
    ContactData c = existing.get();
    ContactImport.Refresh refresh = contact.refresh();
    ContactData refreshed =
        new ContactData(
            c.id(),
            c.clientIdentifier(),
            c.channelId(),
            c.identifier(),
            c.type(),
            c.channelType(),
            refresh.name().orElse(c.name()),
            c.customName(),
            c.platform(),
            c.photo(),
            c.tagIds(),
            c.ignored(),
            refresh.participants().orElse(c.participants()),
            c.createdAt(),
            now,
            refresh.providerId().orElse(c.providerId()),
            refresh.aliases().with(c.aliases()));
    byId.put(c.id(), refreshed);
    boolean seen = messageKey != null && recent.getOrDefault(c.id(), Set.of()).contains(messageKey);
    remember(c.id(), messageKey);
    return new Imported(Contact.restore(refreshed), false, announced.contains(c.id()), seen);
  }

  private void remember(String contactId, String messageKey) {
    if (messageKey != null) {
      recent.computeIfAbsent(contactId, k -> new LinkedHashSet<>()).add(messageKey);
    }
  }

  private Optional<ContactData> byUniqueKey(String uniqueKey) {
    return byId.values().stream()
        .filter(c -> Contact.restore(c).uniqueKey().equals(uniqueKey))
        .findFirst();
  }

  @Override
  public synchronized void markAnnounced(String contactId) {
    announced.add(contactId);
  }

  @Override
  public synchronized void rememberProviderId(
      ClientIdentifier account, String contactId, String providerId) {
    throw new UnsupportedOperationException("not used by these tests");
  }

  @Override
  public Page<Contact> search(ContactQuery query) {
    throw new UnsupportedOperationException("not used by these tests");
  }

  @Override
  public synchronized Optional<Contact> findOnChannel(
      ClientIdentifier account, String channelId, ContactIdentifier identifier) {
    return byUniqueKey(Contact.uniqueKey(channelId, identifier))
        .filter(c -> c.clientIdentifier().equals(account))
        .map(Contact::restore);
  }

  @Override
  public synchronized Optional<Contact> findByAlias(
      ClientIdentifier account, String channelId, String identity) {
    return byId.values().stream()
        .filter(c -> c.clientIdentifier().equals(account) && c.channelId().equals(channelId))
        .filter(c -> c.aliases().identities().contains(identity))
        .findFirst()
        .map(Contact::restore);
  }

  @Override
  public Optional<Contact> findGroup(ClientIdentifier account, String channelId, String groupId) {
    throw new UnsupportedOperationException("not used by these tests");
  }
}
