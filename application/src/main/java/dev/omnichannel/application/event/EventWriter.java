package dev.omnichannel.application.event;

import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.OutboxEvent;
import java.util.List;

/**
 * Turns the domain's events into outbox entries, to be written by the same write as their cause,
 * and wakes the router once they are.
 */
public final class EventWriter {

  private final EventRenderer renderer;
  private final EventSignals signals;

  public EventWriter(EventRenderer renderer, EventSignals signals) {
    this.renderer = renderer;
    this.signals = signals;
  }

  public List<OutboxEvent> outbox(List<Event> events) {
    return events.stream().map(this::outbox).toList();
  }

  public OutboxEvent outbox(Event e) {
    return new OutboxEvent(
        e.id(),
        e.type(),
        e.timestamp(),
        e.account(),
        e.sessionId(),
        e.platforms(),
        e.orderKey(),
        renderer.data(e));
  }

  /** The outbox entries are stored: the router may take them. */
  public void written() {
    signals.eventsWritten();
  }
}
