package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.contact.Aliases;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.contact.SearchText;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * A contact's stored form. {@code uniqueKey} ({@code channelId:identityKey}) carries the unique
 * index; {@code nameFolded} and {@code customNameFolded} are what the name filter matches, {@code
 * nameGrams} the pieces it reads by ({@link ContactNameSearch}).
 */
final class ContactDocuments {

  private ContactDocuments() {}

  static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static Document toDocument(Contact contact) {
    ContactData c = contact.data();
    Document d =
        new Document("_id", new ObjectId(c.id()))
            .append("clientIdentifier", c.clientIdentifier().value())
            .append("channelId", c.channelId())
            .append("type", slug(c.type()))
            .append("channelType", c.channelType().slug())
            .append("participants", c.participants())
            .append("createdAt", Date.from(c.createdAt()));
    if (c.providerId() != null) {
      d.append("providerId", c.providerId());
    }
    d.putAll(editable(contact));
    return d;
  }

  /** The fields agents change. */
  static Document editable(Contact contact) {
    ContactData c = contact.data();
    return new Document("contactIdentifier", c.identifier().value())
        .append("identityKey", c.identifier().identityKey())
        .append("uniqueKey", contact.uniqueKey())
        .append("name", c.name())
        .append("nameFolded", contact.foldedName())
        .append("customName", c.customName())
        .append("customNameFolded", contact.foldedCustomName())
        .append(
            ContactNameSearch.GRAMS, NameGrams.of(contact.foldedName(), contact.foldedCustomName()))
        .append("platform", c.platform())
        .append("photo", c.photo())
        .append("tagIds", c.tagIds())
        .append("isIgnored", c.ignored())
        .append("providerId", c.providerId())
        .append("updatedAt", Date.from(c.updatedAt()));
  }

  /** What a new contact from a provider's delivery starts with. */
  static Document onInsert(ContactImport c, String newId, Instant now) {
    Document d =
        new Document("_id", new ObjectId(newId))
            .append("clientIdentifier", c.account().value())
            .append("channelId", c.channelId())
            .append("contactIdentifier", c.identifier().value())
            .append("identityKey", c.identifier().identityKey())
            .append("type", slug(c.type()))
            .append("channelType", c.channelType().slug())
            .append("tagIds", List.of())
            .append("isIgnored", false)
            .append("announced", false)
            .append("createdAt", Date.from(now));
    if (c.type() != ContactType.GROUP) {
      d.append("participants", List.of());
    }
    return d;
  }

  /** The update for what an import refreshes (the domain's {@link ContactImport.Refresh}). */
  static Document refresh(ContactImport c, Instant now) {
    ContactImport.Refresh r = c.refresh();
    Document set = new Document("updatedAt", Date.from(now));
    r.name()
        .ifPresent(name -> set.append("name", name).append("nameFolded", SearchText.fold(name)));
    r.participants().ifPresent(p -> set.append("participants", p));
    r.providerId().ifPresent(id -> set.append("providerId", id));
    Aliases aliases = r.aliases();
    if (aliases.lid() != null) {
      set.append("lid", aliases.lid());
    }
    if (aliases.bsuid() != null) {
      set.append("bsuid", aliases.bsuid());
    }
    if (aliases.username() != null) {
      set.append("username", aliases.username());
    }
    Document update = new Document("$set", set);
    Document addToSet = new Document();
    if (!aliases.identities().isEmpty()) {
      // every identity the contact was seen by: findByAlias looks here
      addToSet.append("aliases", new Document("$each", aliases.identities()));
    }
    // a new name's pieces join the old ones' (a piece too many only costs a read)
    r.name()
        .ifPresent(
            name ->
                addToSet.append(
                    ContactNameSearch.GRAMS,
                    new Document("$each", NameGrams.of(SearchText.fold(name)))));
    if (!addToSet.isEmpty()) {
      update.append("$addToSet", addToSet);
    }
    return update;
  }

  static Contact toDomain(Document d) {
    ContactType type = ContactType.valueOf(d.getString("type").toUpperCase(Locale.ROOT));
    String identifier = d.getString("contactIdentifier");
    return Contact.restore(
        new ContactData(
            d.getObjectId("_id").toHexString(),
            ClientIdentifier.of(d.getString("clientIdentifier")),
            d.getString("channelId"),
            type == ContactType.GROUP
                ? ContactIdentifier.group(identifier)
                : ContactIdentifier.of(type, identifier),
            type,
            ChannelType.valueOf(d.getString("channelType").toUpperCase(Locale.ROOT)),
            d.getString("name"),
            d.getString("customName"),
            d.getString("platform"),
            d.getString("photo"),
            d.getList("tagIds", String.class, List.of()),
            Boolean.TRUE.equals(d.getBoolean("isIgnored")),
            d.getList("participants", String.class, List.of()),
            instant(d.getDate("createdAt")),
            instant(d.getDate("updatedAt")),
            d.getString("providerId"),
            new Aliases(d.getString("lid"), d.getString("bsuid"), d.getString("username"))));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
