package dev.omnichannel.adapters.mongo;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.types.ObjectId;

/** Stored form of a channel. */
@MongoEntity(collection = "channels")
public class ChannelDocument {
  public ObjectId id;
  public String clientIdentifier;
  public String platformConfigId;
  public String provider;
  public String name;
  public String phoneNumber;
  public String channelType;
  public String defaultPlatform;
  public String webhookToken;
  public boolean signMessages;
  public boolean webhookConfigured;
  public Instant createdAt;
  public Instant updatedAt;
}
