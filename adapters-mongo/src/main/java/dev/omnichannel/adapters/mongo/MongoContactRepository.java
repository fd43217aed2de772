package dev.omnichannel.adapters.mongo;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactAlreadyExistsException;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactQuery;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.contact.SearchText;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.SortOrder;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Contacts in the {@code contacts} collection; one per channel and identity. */
@ApplicationScoped
public class MongoContactRepository
    implements ContactRepository, PanacheMongoRepositoryBase<ContactDocument, ObjectId> {

  void createIndexes(@Observes StartupEvent ignored) {
    mongoCollection().createIndex(Indexes.ascending("uniqueKey"), new IndexOptions().unique(true));
    // Read paths of a real MongoDB; the embedded server ignores compound indexes.
    mongoCollection().createIndex(Indexes.ascending("clientIdentifier", "createdAt"));
    mongoCollection().createIndex(Indexes.ascending("clientIdentifier", "identityKey"));
    mongoCollection().createIndex(Indexes.ascending("clientIdentifier", "tagIds"));
  }

  @Override
  public void insert(Contact contact) {
    try {
      persist(toDocument(contact));
    } catch (RuntimeException e) {
      throw asConflict(e, contact);
    }
  }

  @Override
  public void update(Contact contact) {
    try {
      PanacheMongoRepositoryBase.super.update(toDocument(contact));
    } catch (RuntimeException e) {
      throw asConflict(e, contact);
    }
  }

  /** A unique-key refusal becomes the domain's conflict naming the contact already there. */
  private RuntimeException asConflict(RuntimeException e, Contact contact) {
    if (!DuplicateKeys.isDuplicateKey(e)) {
      return e;
    }
    return find("uniqueKey", contact.uniqueKey())
        .<ContactDocument>firstResultOptional()
        .<RuntimeException>map(
            existing -> new ContactAlreadyExistsException(existing.id.toHexString()))
        .orElse(e);
  }

  @Override
  public Contact importContact(ContactImport contact, String newId, Instant now) {
    Document onInsert =
        new Document("_id", new ObjectId(newId))
            .append("clientIdentifier", contact.account().value())
            .append("channelId", contact.channelId())
            .append("contactIdentifier", contact.identifier().value())
            .append("identityKey", contact.identifier().identityKey())
            .append("type", slug(contact.type()))
            .append("channelType", contact.channelType().slug())
            .append("tagIds", List.of())
            .append("isIgnored", false)
            .append("createdAt", Date.from(now));
    Document set = new Document("updatedAt", Date.from(now));
    if (contact.name() != null && !contact.name().isBlank()) {
      set.append("name", contact.name()).append("nameFolded", SearchText.fold(contact.name()));
    }
    if (contact.type() == ContactType.GROUP) {
      set.append("participants", contact.participants());
    } else {
      onInsert.append("participants", List.of());
    }
    if (contact.providerId() != null) {
      set.append("providerId", contact.providerId());
    }
    Document filter = new Document("uniqueKey", contact.uniqueKey());
    Document update = new Document("$setOnInsert", onInsert).append("$set", set);
    FindOneAndUpdateOptions upsert =
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
    try {
      return toDomain(mongoCollection().findOneAndUpdate(filter, update, upsert));
    } catch (RuntimeException e) {
      if (!DuplicateKeys.isDuplicateKey(e)) {
        throw e;
      }
      // A concurrent import inserted it first: apply ours to the stored one.
      return toDomain(
          mongoCollection()
              .findOneAndUpdate(
                  filter,
                  new Document("$set", set),
                  new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }
  }

  @Override
  public void rememberProviderId(ClientIdentifier account, String contactId, String providerId) {
    ObjectIds.parse(contactId)
        .ifPresent(
            id ->
                mongoCollection()
                    .updateOne(
                        new Document("_id", id).append("clientIdentifier", account.value()),
                        new Document("$set", new Document("providerId", providerId))));
  }

  @Override
  public Optional<Contact> findGroup(ClientIdentifier account, String channelId, String groupId) {
    Document filter =
        new Document("clientIdentifier", account.value())
            .append("type", slug(ContactType.GROUP))
            .append("identityKey", groupId);
    if (channelId != null) {
      filter.append("channelId", channelId);
    }
    return find(filter)
        .<ContactDocument>firstResultOptional()
        .map(MongoContactRepository::toDomain);
  }

  @Override
  public Optional<Contact> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .flatMap(
            oid ->
                find("_id = ?1 and clientIdentifier = ?2", oid, account.value())
                    .<ContactDocument>firstResultOptional())
        .map(MongoContactRepository::toDomain);
  }

  @Override
  public Page<Contact> search(ContactQuery q) {
    Document filter = new Document("clientIdentifier", q.account().value());
    if (q.type() != null) {
      filter.append("type", slug(q.type()));
    }
    if (q.channelType() != null) {
      filter.append("channelType", q.channelType().slug());
    }
    if (q.name() != null && !q.name().isBlank()) {
      Document matches = new Document("$regex", Pattern.quote(q.name()));
      filter.append(
          "$or",
          List.of(new Document("nameFolded", matches), new Document("customNameFolded", matches)));
    }
    if (q.identityKey() != null) {
      filter.append("identityKey", q.identityKey());
    }
    if (!q.tagIds().isEmpty()) {
      filter.append("tagIds", new Document("$all", q.tagIds()));
    }
    int direction = q.page().order() == SortOrder.ASC ? 1 : -1;
    Document sort = new Document("createdAt", direction).append("_id", direction);
    List<Contact> data =
        find(filter, sort).page(q.page().page() - 1, q.page().limit()).stream()
            .map(MongoContactRepository::toDomain)
            .toList();
    return new Page<>(data, q.page().page(), q.page().limit(), count(filter));
  }

  private static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static ContactDocument toDocument(Contact contact) {
    ContactData c = contact.data();
    ContactDocument d = new ContactDocument();
    d.id = new ObjectId(c.id());
    d.clientIdentifier = c.clientIdentifier().value();
    d.channelId = c.channelId();
    d.contactIdentifier = c.identifier().value();
    d.providerId = c.providerId();
    d.identityKey = c.identifier().identityKey();
    d.uniqueKey = contact.uniqueKey();
    d.type = slug(c.type());
    d.channelType = c.channelType().slug();
    d.name = c.name();
    d.customName = c.customName();
    d.nameFolded = contact.foldedName();
    d.customNameFolded = contact.foldedCustomName();
    d.platform = c.platform();
    d.photo = c.photo();
    d.tagIds = c.tagIds();
    d.isIgnored = c.ignored();
    d.participants = c.participants();
    d.createdAt = c.createdAt();
    d.updatedAt = c.updatedAt();
    return d;
  }

  private static Contact toDomain(ContactDocument d) {
    ContactType type = ContactType.valueOf(d.type.toUpperCase(Locale.ROOT));
    return Contact.restore(
        new ContactData(
            d.id.toHexString(),
            ClientIdentifier.of(d.clientIdentifier),
            d.channelId,
            type == ContactType.GROUP
                ? ContactIdentifier.group(d.contactIdentifier)
                : ContactIdentifier.of(type, d.contactIdentifier),
            type,
            ChannelType.valueOf(d.channelType.toUpperCase(Locale.ROOT)),
            d.name,
            d.customName,
            d.platform,
            d.photo,
            d.tagIds,
            d.isIgnored,
            d.participants,
            d.createdAt,
            d.updatedAt,
            d.providerId));
  }
}
