package dev.omnichannel.domain.delivery;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.OutboxEvent;
import java.util.List;

/**
 * Port: the events written beside their causes — in the session or contact they concern, by the
 * same write — and not yet moved into the feed.
 */
public interface OutboxRepository {

  /** A session's or a contact's waiting events, in the order they were written. */
  record Source(Kind kind, String id, long lastSequence, List<OutboxEvent> events) {

    /** Sessions number their events; contacts do not. */
    public enum Kind {
      SESSION,
      CONTACT
    }

    public Source {
      events = List.copyOf(events);
    }
  }

  /**
   * Sources with waiting events: up to {@code limit} sessions and up to {@code limit} contacts, so
   * that neither kind waits behind the other.
   */
  List<Source> pending(int limit);

  /** Events of one source moved into the feed; a session's {@code lastSequence} is now this. */
  record Drained(Source source, List<EventId> moved, long lastSequence) {

    public Drained {
      moved = List.copyOf(moved);
    }
  }

  /** Takes the moved events out of their outboxes, in as few writes as the store allows. */
  void drained(List<Drained> drained);
}
