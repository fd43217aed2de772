package dev.omnichannel.adapters.mongo;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.types.ObjectId;

/**
 * Stored form of a session. {@code activeKey} ({@code channelId:contactId}) exists only while the
 * session is active; a sparse unique index on it keeps one active session per contact and channel.
 * Null fields are not written, so a finished session has no {@code activeKey} at all.
 */
@MongoEntity(collection = "sessions")
public class SessionDocument {
  public ObjectId id;
  public String clientIdentifier;
  public String channelId;
  public String contactId;
  public String provider;
  public String clientName;
  public String clientProviderId;
  public String platform;
  public String agentId;
  public String status;
  public String activeKey;
  public Instant createdAt;
  public Instant finishedAt;
}
