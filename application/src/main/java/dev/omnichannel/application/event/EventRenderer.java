package dev.omnichannel.application.event;

import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.OutboxEvent;

/** Port: writes events out as the JSON platforms receive (API.md §9). */
public interface EventRenderer {

  /** The event's {@code data}, as the API shows the message, session or contact. */
  String data(Event event);

  /**
   * The whole body: {@code {"id","type","timestamp","clientIdentifier","sessionId","sequence",
   * "data"}}.
   */
  String envelope(OutboxEvent event, Long sequence);
}
