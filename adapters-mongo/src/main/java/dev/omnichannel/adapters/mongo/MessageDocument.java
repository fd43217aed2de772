package dev.omnichannel.adapters.mongo;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * Stored form of a message. {@code dedupKey} ({@code channelId:messageId}) carries the unique index
 * that stores each provider message once.
 */
@MongoEntity(collection = "messages")
public class MessageDocument {
  public ObjectId id;
  public String clientIdentifier;
  public String sessionId;
  public String channelId;
  public String contactId;
  public String messageId;
  public String dedupKey;
  public String direction;
  public String kind;
  public String text;
  public String mediaUri;
  public String authorId;
  public String authorName;
  public String agentName;
  public String quotedMessageId;
  public String status;
  public Instant sentAt;
  public Instant createdAt;

  /** Why a provider said it failed (API.md §10): code, title, detail. */
  public String errorCode;

  public String errorTitle;
  public String errorDetail;

  /** A value was cut to API.md §10's limits; absent when not. */
  public Boolean truncated;

  /** People's reactions to it, one per author (API.md §10); absent when none. */
  public List<ReactionDocument> reactions;

  /** What it carries besides its text (API.md §10), {@link MessageDetailsDocuments}. */
  public org.bson.Document details;

  /** When its author last changed its text, and the texts it had before (API.md §10). */
  public Instant editedAt;

  public List<String> edits;

  /** One reaction, as stored. */
  public static class ReactionDocument {
    public String author;
    public String emoji;
    public Instant at;
  }
}
