package dev.omnichannel.adapters.mongo;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's collections, by name, in its database. */
@ApplicationScoped
public class MongoCollections {

  private final com.mongodb.client.MongoDatabase database;

  MongoCollections(
      MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
    this.database = client.getDatabase(database);
  }

  MongoCollection<Document> get(String name) {
    return database.getCollection(name);
  }

  com.mongodb.client.MongoDatabase database() {
    return database;
  }

  /**
   * The write concern of a use case's intermediate steps (acknowledged by the primary, not yet
   * journaled): every use case ends with a write at the default concern, whose journal commit — or,
   * on a replica set, whose majority acknowledgement — covers all that came before it, so a request
   * is answered only once all its writes are durable while it waits for one commit only. Each step
   * is idempotent, so a step lost with a crash before the answer is redone by the retry.
   */
  static final WriteConcern STEP = WriteConcern.W1.withJournal(false);

  /** {@code collection} for a use case's intermediate step ({@link #STEP}). */
  static <T> MongoCollection<T> step(MongoCollection<T> collection) {
    return collection.withWriteConcern(STEP);
  }
}
