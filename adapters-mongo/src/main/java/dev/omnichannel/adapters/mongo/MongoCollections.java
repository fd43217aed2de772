package dev.omnichannel.adapters.mongo;

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
}
