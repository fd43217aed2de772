package dev.omnichannel.adapters.mongo;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import org.bson.Document;

/** An event of the feed as a document of {@code events} ({@code _id} = event id) and back. */
final class EventDocuments {

  /**
   * The feed's unique order, an account's feed, and an account's events by time (the feed's window
   * queries).
   */
  static final List<IndexModel> INDEXES =
      List.of(
          new IndexModel(Indexes.ascending("feedSeq"), new IndexOptions().unique(true)),
          new IndexModel(Indexes.ascending("clientIdentifier", "feedSeq")),
          new IndexModel(Indexes.ascending("clientIdentifier", "timestamp")));

  private EventDocuments() {}

  static Document toDocument(StoredEvent e) {
    return new Document("_id", e.id().value())
        .append("type", e.type().wireName())
        .append("timestamp", Date.from(e.timestamp()))
        .append("clientIdentifier", e.account().value())
        .append("sessionId", e.sessionId())
        .append("sequence", e.sequence())
        .append("feedSeq", e.feedSeq())
        .append("orderKey", e.orderKey())
        .append("platforms", List.copyOf(e.platforms()))
        .append("body", e.body());
  }

  static StoredEvent toDomain(Document d) {
    Number sequence = d.get("sequence", Number.class);
    return new StoredEvent(
        new EventId(d.getString("_id")),
        EventType.fromWireName(d.getString("type")).orElseThrow(),
        d.getDate("timestamp").toInstant(),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("sessionId"),
        sequence == null ? null : sequence.longValue(),
        d.get("feedSeq", Number.class).longValue(),
        d.getString("orderKey"),
        new LinkedHashSet<>(d.getList("platforms", String.class, List.of())),
        d.getString("body"));
  }
}
