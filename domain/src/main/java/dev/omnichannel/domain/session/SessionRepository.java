package dev.omnichannel.domain.session;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import java.util.Optional;
import java.util.function.Supplier;

/** Port: stores sessions, always within one account. */
public interface SessionRepository {

  /**
   * The contact's active session on the channel, or {@code opened} stored as it; concurrent calls
   * for one contact and channel end with the same single session.
   */
  Session findActiveOrOpen(String channelId, String contactId, Supplier<Session> opened);

  Optional<Session> find(ClientIdentifier account, String id);

  /**
   * Stores the finish of an active session.
   *
   * @return false when it was not active any more (finished meanwhile)
   */
  boolean finish(Session finished);

  Page<Session> search(SessionQuery query);

  /**
   * Stores a transfer of an active session.
   *
   * @return false when it was not active any more
   */
  boolean transfer(Session transferred);
}
