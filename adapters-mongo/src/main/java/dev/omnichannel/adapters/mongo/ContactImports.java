package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactRepository.Imported;
import java.time.Instant;
import java.util.List;
import org.bson.Document;

/**
 * A provider's contact written in {@code contacts}: created or refreshed by one upsert on its
 * unique key, which also tells a message the contact already brought (its {@code recentIn}).
 */
final class ContactImports {

  private final MongoCollection<Document> contacts;

  ContactImports(MongoCollection<Document> contacts) {
    this.contacts = contacts;
  }

  Imported importContact(ContactImport contact, String newId, Instant now, String messageKey) {
    Document filter = new Document("uniqueKey", contact.uniqueKey());
    Document refresh = ContactDocuments.refresh(contact, now);
    if (messageKey != null) {
      refresh.append(
          "$push",
          new Document(
              "recentIn",
              new Document("$each", List.of(messageKey))
                  .append("$slice", -MongoContactRepository.REMEMBERED)));
    }
    Document update = new Document("$setOnInsert", ContactDocuments.onInsert(contact, newId, now));
    update.putAll(refresh);
    FindOneAndUpdateOptions after =
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    try {
      Document unseen =
          messageKey == null
              ? filter
              : new Document(filter).append("recentIn", new Document("$ne", messageKey));
      // A step: the message's event, written last, makes it durable.
      Document stored =
          MongoCollections.step(contacts).findOneAndUpdate(unseen, update, after.upsert(true));
      return imported(stored, newId, false);
    } catch (RuntimeException e) {
      if (!DuplicateKeys.isDuplicateKey(e)) {
        throw e;
      }
      // The contact remembers this message, or a concurrent import created it first.
      return imported(
          contacts.findOneAndUpdate(
              filter, refresh, new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)),
          newId,
          true);
    }
  }

  private static Imported imported(Document stored, String newId, boolean maybeSeen) {
    return new Imported(
        ContactDocuments.toDomain(stored),
        newId.equals(stored.getObjectId("_id").toHexString()),
        !Boolean.FALSE.equals(stored.getBoolean("announced")),
        maybeSeen);
  }
}
