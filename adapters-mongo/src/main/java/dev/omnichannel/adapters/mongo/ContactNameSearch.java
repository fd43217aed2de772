package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import dev.omnichannel.domain.contact.SearchText;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.jboss.logging.Logger;

/**
 * Contacts by name (seed §1.3): the folded text anywhere in the name or the custom name. Each
 * contact keeps its names' pieces ({@link NameGrams}) in {@code nameGrams}, indexed with its
 * account, so a search reads only the contacts having the pieces of its words — on a real MongoDB
 * (multikey index) and on the embedded store alike — instead of every contact of the account.
 * Contacts stored before the pieces existed get them once, in the background, at the first start;
 * until that is done a search reads every contact of the account, as it did before.
 */
final class ContactNameSearch {

  static final String GRAMS = "nameGrams";
  private static final String DONE = "contact-name-grams";
  private static final Logger LOG = Logger.getLogger(ContactNameSearch.class);

  private final MongoCollection<Document> contacts;
  private final MongoCollection<Document> migrations;
  private volatile boolean complete;

  ContactNameSearch(MongoDatabase database, MongoCollection<Document> contacts) {
    this.contacts = contacts;
    this.migrations = database.getCollection("migrations");
  }

  /** Declares the index and, once, gives the contacts stored before it their pieces. */
  void start() {
    contacts.createIndex(Indexes.ascending("clientIdentifier", GRAMS));
    if (migrations.find(Filters.eq("_id", DONE)).first() != null) {
      complete = true;
      return;
    }
    Thread backfill = new Thread(this::backfill, "contact-name-grams");
    backfill.setDaemon(true);
    backfill.start();
  }

  /** Adds to {@code filter} a search for {@code name}. */
  void narrow(Document filter, String name) {
    String folded = SearchText.fold(name);
    Document matches = new Document("$regex", Pattern.quote(folded));
    filter.append(
        "$or",
        List.of(new Document("nameFolded", matches), new Document("customNameFolded", matches)));
    List<String> probes = complete ? NameGrams.probes(folded) : List.of();
    if (probes.size() == 1) {
      filter.append(GRAMS, probes.get(0));
    } else if (probes.size() > 1) {
      filter.append(GRAMS, new Document("$all", probes));
    }
  }

  private void backfill() {
    try {
      long updated = 0;
      // steps: each need not wait for the disk; the marker's journaled write covers them all
      MongoCollection<Document> steps =
          contacts.withWriteConcern(com.mongodb.WriteConcern.W1.withJournal(false));
      for (Document d :
          contacts
              .find(Filters.exists(GRAMS, false))
              .projection(Projections.include("nameFolded", "customNameFolded"))) {
        steps.updateOne(
            Filters.eq("_id", d.get("_id")),
            Updates.set(
                GRAMS, NameGrams.of(d.getString("nameFolded"), d.getString("customNameFolded"))));
        updated++;
      }
      migrations
          .withWriteConcern(com.mongodb.WriteConcern.W1.withJournal(true))
          .updateOne(
              Filters.eq("_id", DONE),
              Updates.set("at", new java.util.Date()),
              new com.mongodb.client.model.UpdateOptions().upsert(true));
      complete = true;
      if (updated > 0) {
        LOG.infof("Name search: %d contacts indexed by their names' pieces", updated);
      }
    } catch (RuntimeException e) {
      LOG.warn("Name search: indexing the stored contacts' names failed; searches scan", e);
    }
  }
}
