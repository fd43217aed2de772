package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactAlreadyExistsException;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactQuery;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.SortOrder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Contacts in {@code contacts}; one per channel and identity through the unique {@code uniqueKey}.
 * A contact remembers the last {@value #REMEMBERED} messages it brought ({@code recentIn}), so a
 * repeated delivery is recognized by the first write, and keeps an outbox for the events of agents'
 * changes.
 */
@ApplicationScoped
public class MongoContactRepository implements ContactRepository {

  static final int REMEMBERED = 100;

  private final MongoCollection<Document> contacts;
  private final ContactNameSearch names;
  private final ContactImports imports;

  MongoContactRepository(
      MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
    this.contacts = client.getDatabase(database).getCollection("contacts");
    this.names = new ContactNameSearch(client.getDatabase(database), contacts);
    this.imports = new ContactImports(contacts);
  }

  void createIndexes(@Observes StartupEvent ignored) {
    contacts.createIndexes(
        List.of(
            new IndexModel(Indexes.ascending("uniqueKey"), new IndexOptions().unique(true)),
            new IndexModel(
                Indexes.ascending(OutboxDocuments.PENDING), new IndexOptions().sparse(true)),
            // Read paths of a real MongoDB; the embedded server ignores compound indexes.
            new IndexModel(Indexes.ascending("clientIdentifier", "createdAt")),
            new IndexModel(Indexes.ascending("clientIdentifier", "identityKey")),
            new IndexModel(Indexes.ascending("clientIdentifier", "tagIds")),
            // a sender known only by LID or BSUID is found by it (multikey on a real MongoDB)
            new IndexModel(Indexes.ascending("clientIdentifier", "channelId", "aliases"))));
    names.start();
  }

  @Override
  public void insert(Contact contact, List<OutboxEvent> events) {
    try {
      contacts.insertOne(
          OutboxDocuments.initial(ContactDocuments.toDocument(contact), events)
              .append("announced", true));
    } catch (RuntimeException e) {
      throw asConflict(e, contact);
    }
  }

  @Override
  public void update(Contact contact, List<OutboxEvent> events) {
    Document update = new Document("$set", ContactDocuments.editable(contact));
    try {
      contacts.updateOne(
          new Document("_id", new ObjectId(contact.id())), OutboxDocuments.push(update, events));
    } catch (RuntimeException e) {
      throw asConflict(e, contact);
    }
  }

  /** A unique-key refusal becomes the domain's conflict naming the contact already there. */
  private RuntimeException asConflict(RuntimeException e, Contact contact) {
    if (!DuplicateKeys.isDuplicateKey(e)) {
      return e;
    }
    return Optional.ofNullable(
            contacts.find(new Document("uniqueKey", contact.uniqueKey())).first())
        .<RuntimeException>map(
            existing ->
                new ContactAlreadyExistsException(existing.getObjectId("_id").toHexString()))
        .orElse(e);
  }

  @Override
  public Imported importContact(
      ContactImport contact, String newId, Instant now, String messageKey) {
    return imports.importContact(contact, newId, now, messageKey);
  }

  @Override
  public Optional<Contact> findOnChannel(
      ClientIdentifier account, String channelId, ContactIdentifier identifier) {
    // by the unique key: one index lookup on every store
    return Optional.ofNullable(
            contacts
                .find(new Document("uniqueKey", Contact.uniqueKey(channelId, identifier)))
                .first())
        .filter(d -> account.value().equals(d.getString("clientIdentifier")))
        .map(ContactDocuments::toDomain);
  }

  @Override
  public Optional<Contact> findByAlias(
      ClientIdentifier account, String channelId, String identity) {
    Document filter =
        new Document("clientIdentifier", account.value())
            .append("channelId", channelId)
            .append("aliases", identity);
    return Optional.ofNullable(contacts.find(filter).first()).map(ContactDocuments::toDomain);
  }

  @Override
  public void markAnnounced(String contactId) {
    ObjectIds.parse(contactId)
        .ifPresent(
            id ->
                // A step of the event router, whose feed commit is journaled.
                MongoCollections.step(contacts)
                    .updateOne(
                        new Document("_id", id),
                        new Document("$set", new Document("announced", true))));
  }

  @Override
  public void rememberProviderId(ClientIdentifier account, String contactId, String providerId) {
    ObjectIds.parse(contactId)
        .ifPresent(
            id ->
                contacts.updateOne(
                    new Document("_id", id).append("clientIdentifier", account.value()),
                    new Document("$set", new Document("providerId", providerId))));
  }

  @Override
  public Optional<Contact> findGroup(ClientIdentifier account, String channelId, String groupId) {
    Document filter =
        new Document("clientIdentifier", account.value())
            .append("type", "group")
            .append("identityKey", groupId);
    if (channelId != null) {
      filter.append("channelId", channelId);
    }
    return Optional.ofNullable(contacts.find(filter).first()).map(ContactDocuments::toDomain);
  }

  @Override
  public Optional<Contact> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .map(oid -> contacts.find(new Document("_id", oid)).first())
        .filter(d -> account.value().equals(d.getString("clientIdentifier")))
        .map(ContactDocuments::toDomain);
  }

  @Override
  public Page<Contact> search(ContactQuery q) {
    Document filter = new Document("clientIdentifier", q.account().value());
    if (q.type() != null) {
      filter.append("type", ContactDocuments.slug(q.type()));
    }
    if (q.channelType() != null) {
      filter.append("channelType", q.channelType().slug());
    }
    if (q.name() != null && !q.name().isBlank()) {
      names.narrow(filter, q.name());
    }
    if (q.identityKey() != null) {
      filter.append("identityKey", q.identityKey());
    }
    if (!q.tagIds().isEmpty()) {
      filter.append("tagIds", new Document("$all", q.tagIds()));
    }
    int direction = q.page().order() == SortOrder.ASC ? 1 : -1;
    List<Contact> data = new ArrayList<>();
    contacts
        .find(filter)
        .sort(new Document("createdAt", direction).append("_id", direction))
        .skip((int) q.page().offset())
        .limit(q.page().limit())
        .forEach(d -> data.add(ContactDocuments.toDomain(d)));
    return new Page<>(data, q.page().page(), q.page().limit(), contacts.countDocuments(filter));
  }
}
