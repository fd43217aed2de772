package dev.omnichannel.domain.message;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.util.Optional;

/** Port: stores messages and the statuses providers report for them. */
public interface MessageRepository {

  /**
   * Stores a message unless one with its {@link Message#dedupKey()} is stored already.
   *
   * @return true when this call stored it
   */
  boolean insertIfAbsent(Message message);

  /** Moves a message into another session (one opened because its own was finished meanwhile). */
  void moveToSession(String channelId, String messageId, String sessionId);

  /** A message by the provider's id on a channel. */
  Optional<Message> findByProviderId(String channelId, String messageId);

  /** When the contact last wrote on the channel (the provider's timestamp), if ever. */
  Optional<java.time.Instant> lastInboundAt(String channelId, String contactId);

  Optional<Message> find(ClientIdentifier account, String id);

  /** The latest message the customer sent in a session, if any. */
  Optional<Message> latestInbound(ClientIdentifier account, String sessionId);

  /** How many messages the customer sent in a session after {@code after}. */
  long inboundAfter(ClientIdentifier account, String sessionId, java.time.Instant after);

  /** A session's messages, oldest first. */
  Page<Message> ofSession(ClientIdentifier account, String sessionId, PageRequest page);

  /** Keeps a status, once, so it can be applied to a message that is not stored yet. */
  void keepStatus(StatusUpdate update);

  /**
   * Moves the message forward to the most advanced status kept for it; never backwards.
   *
   * @return the message, when this call moved it
   */
  Optional<Message> applyKeptStatuses(String channelId, String messageId);

  /** Stores the state of the file kept for a message (API.md §11). */
  void saveKeptMedia(
      String channelId, String messageId, dev.omnichannel.domain.media.KeptMedia kept);

  /** Stores the message's reactions as the domain computed them ({@link Message#reactedBy}). */
  void saveReactions(Message message);

  /**
   * Stores the message's text and its edits as the domain computed them ({@link Message#editedTo}).
   */
  void saveEdit(Message message);
}
