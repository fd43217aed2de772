package dev.omnichannel.adapters.http.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.adapters.http.contact.ContactResponse;
import dev.omnichannel.adapters.http.session.MessageResponse;
import dev.omnichannel.adapters.http.session.SessionResponse;
import dev.omnichannel.application.event.EventRenderer;
import dev.omnichannel.domain.event.ContactSummary;
import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.EventData;
import dev.omnichannel.domain.event.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Events as platforms receive them (API.md §9): the message, session or contact exactly as the API
 * shows it, in the envelope {@code {"id","type","timestamp","clientIdentifier","sessionId",
 * "sequence","data"}}.
 */
@ApplicationScoped
public class EventJson implements EventRenderer {

  private final ObjectMapper json;

  EventJson(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String data(Event event) {
    EventData d = event.data();
    Object data;
    if (d instanceof EventData.OfMessage m) {
      data = messageData(m);
    } else if (d instanceof EventData.OfSession s) {
      data = sessionData(s);
    } else {
      data = ContactResponse.of(((EventData.OfContact) d).contact());
    }
    try {
      return json.writeValueAsString(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> messageData(EventData.OfMessage m) {
    @SuppressWarnings("unchecked")
    Map<String, Object> data =
        json.convertValue(MessageResponse.of(m.message()), LinkedHashMap.class);
    ContactSummary c = m.contact();
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("_id", c.id());
    contact.put("name", c.name());
    contact.put("customName", c.customName());
    contact.put("contactIdentifier", c.contactIdentifier());
    data.put("contact", contact);
    return data;
  }

  private Map<String, Object> sessionData(EventData.OfSession s) {
    @SuppressWarnings("unchecked")
    Map<String, Object> data =
        json.convertValue(SessionResponse.of(s.session()), LinkedHashMap.class);
    if (s.fromPlatform() != null || s.fromAgentId() != null) {
      Map<String, Object> from = new LinkedHashMap<>();
      from.put("platform", s.fromPlatform());
      from.put("agentId", s.fromAgentId());
      data.put("from", from);
      Map<String, Object> to = new LinkedHashMap<>();
      to.put("platform", s.session().platform());
      to.put("agentId", s.session().agentId());
      data.put("to", to);
    }
    return data;
  }

  @Override
  public String envelope(OutboxEvent e, Long sequence) {
    StringWriter out = new StringWriter(e.dataJson().length() + 256);
    try (JsonGenerator g = json.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", e.id().value());
      g.writeStringField("type", e.type().wireName());
      g.writeStringField("timestamp", ApiTime.format(e.timestamp()));
      g.writeStringField("clientIdentifier", e.account().value());
      g.writeStringField("sessionId", e.sessionId());
      if (sequence == null) {
        g.writeNullField("sequence");
      } else {
        g.writeNumberField("sequence", sequence);
      }
      g.writeFieldName("data");
      g.writeRawValue(e.dataJson());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toString();
  }
}
