package dev.omnichannel.adapters.mongo;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.types.ObjectId;

/**
 * A status a provider reported, kept once ({@code key} = {@code channelId:messageId:status}) so it
 * can be applied to its message whenever that is stored.
 */
@MongoEntity(collection = "message_statuses")
public class StatusDocument {
  public ObjectId id;
  public String key;
  public String dedupKey;
  public String status;
  public Instant at;
  public String errorCode;
  public String errorTitle;
  public String errorDetail;
}
