package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import java.util.Set;

/** An account's event feed, oldest first after a cursor (an event id). */
public interface EventFeedUseCase {

  /** One page of the feed, and the cursor to read on from. */
  record FeedPage(List<StoredEvent> events, String next) {}

  /**
   * @param after an event id, or {@code null} for the beginning of what is kept
   * @throws dev.omnichannel.domain.shared.NotFoundException for a cursor not in the account's feed
   */
  FeedPage read(
      ClientIdentifier account, String after, int limit, Set<EventType> types, String sessionId);

  /** Where {@code after} stands in the feed (0 for the beginning). */
  long position(ClientIdentifier account, String after);
}
