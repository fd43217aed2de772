package dev.omnichannel.adapters.mongo;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * Stored form of a contact. {@code uniqueKey} ({@code channelId:identityKey}) carries the one
 * unique index that keeps a contact single per channel; {@code nameFolded} and {@code
 * customNameFolded} are what the name filter matches.
 */
@MongoEntity(collection = "contacts")
public class ContactDocument {
  public ObjectId id;
  public String clientIdentifier;
  public String channelId;
  public String contactIdentifier;
  public String providerId;
  public String identityKey;
  public String uniqueKey;
  public String type;
  public String channelType;
  public String name;
  public String customName;
  public String nameFolded;
  public String customNameFolded;
  public String platform;
  public String photo;
  public List<String> tagIds;
  public boolean isIgnored;
  public List<String> participants;
  public Instant createdAt;
  public Instant updatedAt;
}
