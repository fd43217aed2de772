package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At start, rewrites encrypted every provider secret that an earlier version stored in clear:
 * platform configs' {@code apiKey} and channels' {@code webhookToken}. Each rewrite is conditional
 * on the clear value, so replicas starting together rewrite it once.
 */
@ApplicationScoped
public class SecretsAtRest {

  private static final Logger LOG = Logger.getLogger(SecretsAtRest.class);

  private final MongoDatabase db;
  private final SecretBox box;

  SecretsAtRest(
      MongoClient client,
      @ConfigProperty(name = "quarkus.mongodb.database") String database,
      SecretBox box) {
    this.db = client.getDatabase(database);
    this.box = box;
  }

  void encryptClearSecrets(@Observes @Priority(10) StartupEvent ignored) {
    int sealed = seal("platform_configs", "apiKey") + seal("channels", "webhookToken");
    if (sealed > 0) {
      LOG.infof("Encrypted %d provider secrets stored in clear by an earlier version", sealed);
    }
  }

  private int seal(String collection, String field) {
    int sealed = 0;
    for (Document d :
        db.getCollection(collection)
            .find(new Document(field, new Document("$exists", true)))
            .projection(new Document(field, 1))) {
      String value = d.getString(field);
      if (!SecretBox.isSealed(value) && !value.isBlank()) {
        sealed +=
            (int)
                db.getCollection(collection)
                    .updateOne(
                        new Document("_id", d.get("_id")).append(field, value),
                        new Document(
                            "$set",
                            new Document(
                                field, box.seal(new dev.omnichannel.domain.shared.Secret(value)))))
                    .getModifiedCount();
      }
    }
    return sealed;
  }
}
