package dev.omnichannel.adapters.http.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnichannel.adapters.http.QueryParams;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.event.EventFeedUseCase;
import dev.omnichannel.application.event.LiveFeed;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The account's event feed: paged with a cursor, or live as Server-Sent Events (API.md §9). */
@Path("/api/accounts/{clientIdentifier}/events")
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Event")
public class EventFeedResource {

  private static final int MAX_LIMIT = 500;

  private final EventFeedUseCase feed;
  private final LiveFeed live;
  private final CurrentCaller caller;
  private final ObjectMapper json;

  EventFeedResource(EventFeedUseCase feed, LiveFeed live, CurrentCaller caller, ObjectMapper json) {
    this.feed = feed;
    this.live = live;
    this.caller = caller;
    this.json = json;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "Event_get",
      summary = "The account's events, oldest first after the cursor",
      description =
          "after: the id of the last event read (absent: from the oldest kept). The answer's next"
              + " is the cursor to read on from; events are kept at least 7 days.")
  @APIResponse(
      responseCode = "200",
      description = "A page of events",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventPageSchema.class)))
  public Response read(
      @PathParam("clientIdentifier") String clientIdentifier,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit,
      @QueryParam("types") List<String> types,
      @QueryParam("sessionId") String sessionId) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    QueryParams params = new QueryParams();
    int size = params.integer("limit", limit, 100);
    List<FieldError> errors = new ArrayList<>();
    if (size < 1 || size > MAX_LIMIT) {
      errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
    }
    Set<EventType> wanted =
        types == null || types.isEmpty()
            ? null
            : EventTypes.read(QueryParams.list(types), "types", errors);
    params.check();
    if (!errors.isEmpty()) {
      throw new InvalidInputException("VALIDATION_FAILED", errors);
    }
    EventFeedUseCase.FeedPage page = feed.read(account, after, size, wanted, sessionId);
    return Response.ok(page(page), MediaType.APPLICATION_JSON).build();
  }

  /** {@code {"data":[…],"next":"…"}} with each event's stored body as it is. */
  private String page(EventFeedUseCase.FeedPage page) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = json.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("data");
      for (StoredEvent e : page.events()) {
        g.writeRawValue(e.body());
      }
      g.writeEndArray();
      g.writeStringField("next", page.next());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      operationId = "Event_stream",
      summary = "The account's events live, as Server-Sent Events",
      description =
          "id: the event id, event: its type, data: the event. Last-Event-ID resumes after that"
              + " event without gaps.")
  public void stream(
      @PathParam("clientIdentifier") String clientIdentifier,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    long position = feed.position(account, lastEventId);
    LiveFeed.Subscriber subscriber =
        new LiveFeed.Subscriber() {
          @Override
          public void accept(StoredEvent e) {
            if (!sink.isClosed()) {
              sink.send(
                  sse.newEventBuilder()
                      .id(e.id().value())
                      .name(e.type().wireName())
                      .data(e.body())
                      .build());
            }
          }

          @Override
          public boolean closed() {
            return sink.isClosed();
          }
        };
    live.subscribe(account, position, subscriber);
  }
}
