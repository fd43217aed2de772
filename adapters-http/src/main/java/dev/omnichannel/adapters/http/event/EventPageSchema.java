package dev.omnichannel.adapters.http.event;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code GET …/events} answers, for the OpenAPI document only: the resource writes each
 * event's stored body as it is, so nothing here is serialised.
 */
@Schema(
    name = "EventPage",
    requiredProperties = {"data"})
public record EventPageSchema(
    List<EventSchema> data,
    @Schema(description = "the cursor to read on from (after=…); absent when nothing was read")
        String next) {

  /** The envelope every event has (docs/events.md). */
  @Schema(
      name = "Event",
      requiredProperties = {"id", "type", "timestamp", "clientIdentifier", "data"})
  public record EventSchema(
      String id,
      @Schema(
              enumeration = {
                "message.received",
                "message.sent",
                "message.status",
                "message.reaction",
                "message.edited",
                "message.deleted",
                "message.media",
                "session.opened",
                "session.transferred",
                "session.finished",
                "session.read",
                "contact.created",
                "contact.updated"
              })
          String type,
      String timestamp,
      String clientIdentifier,
      @Schema(description = "null for contact events") String sessionId,
      @Schema(description = "counts one session's events from 1; null for contact events")
          Long sequence,
      @Schema(description = "the message, session or contact as the API shows it (docs/events.md)")
          Map<String, Object> data) {}
}
