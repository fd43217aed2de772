package dev.omnichannel.adapters.mongo;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.types.ObjectId;

/** Stored form of a platform config. */
@MongoEntity(collection = "platform_configs")
public class PlatformConfigDocument {
  public ObjectId id;
  public String clientIdentifier;
  public String provider;
  public String name;
  public String baseUrl;
  public String clientNumber;
  public String apiKey;
  public Instant createdAt;
}
