package dev.omnichannel.domain.session;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port: stores sessions, always within one account, each with its outbox: the events of its changes
 * are written by the same write as the change.
 */
public interface SessionRepository {

  /** A session about to be opened, and the events its opening brings about. */
  record Opening(Session session, List<OutboxEvent> events) {}

  /**
   * The contact's active session on the channel, or {@code opening} stored as it; concurrent calls
   * for one contact and channel end with the same single session. {@code activity}, when given,
   * moves the session's activity forward.
   */
  Session findActiveOrOpen(
      String channelId, String contactId, SessionActivity activity, Supplier<Opening> opening);

  Optional<Session> find(ClientIdentifier account, String id);

  /**
   * Writes the events of a message the customer sent into an active session's outbox, and counts
   * that message unread.
   *
   * @return false when the session is not active any more (finished meanwhile)
   */
  boolean appendIfActive(String sessionId, List<OutboxEvent> events);

  /**
   * Stores a read ({@link Session#read}) with its events, unless the session's unread count is no
   * longer {@code unreadBefore} (a message arrived meanwhile: the caller reads again).
   *
   * @return whether it was stored
   */
  boolean markRead(Session read, long unreadBefore, List<OutboxEvent> events);

  /**
   * Completes a customer's message whose delivery stopped before its events (a crash): writes
   * {@code events} into the session's outbox unless one of {@code awaited} (the event's id, in each
   * form it may have been written under) already waits there, and counts the message unread when
   * the session is active, as {@link #appendIfActive} would have.
   *
   * @return false when it was waiting already (nothing written)
   */
  boolean appendUnlessWaiting(String sessionId, List<EventId> awaited, List<OutboxEvent> events);

  /** Writes events into a session's outbox whatever its status, moving its activity forward. */
  void append(String sessionId, List<OutboxEvent> events, SessionActivity activity);

  /**
   * Stores the finish of an active session with its events.
   *
   * @return false when it was not active any more (finished meanwhile)
   */
  boolean finish(Session finished, List<OutboxEvent> events);

  /**
   * Stores a transfer of an active session with its events.
   *
   * @return false when it was not active any more
   */
  boolean transfer(Session transferred, List<OutboxEvent> events);

  /** The inbox: latest activity first. */
  Page<Session> search(SessionQuery query);
}
