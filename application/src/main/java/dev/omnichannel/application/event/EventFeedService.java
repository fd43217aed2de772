package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;
import java.util.List;
import java.util.Set;

/** Reads an account's feed; the cursor is the id of the last event read. */
public class EventFeedService implements EventFeedUseCase {

  private final EventStore events;

  public EventFeedService(EventStore events) {
    this.events = events;
  }

  @Override
  public FeedPage read(
      ClientIdentifier account, String after, int limit, Set<EventType> types, String sessionId) {
    long from = position(account, after);
    List<StoredEvent> page = events.feed(account, from, limit, types, sessionId);
    String next = page.isEmpty() ? after : page.get(page.size() - 1).id().value();
    return new FeedPage(page, next);
  }

  @Override
  public long position(ClientIdentifier account, String after) {
    if (after == null || after.isBlank()) {
      return 0;
    }
    if (!EventId.isWellFormed(after)) {
      throw new NotFoundException("event", after);
    }
    return events
        .find(account, new EventId(after))
        .map(StoredEvent::feedSeq)
        .orElseThrow(() -> new NotFoundException("event", after));
  }
}
