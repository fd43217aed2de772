package dev.omnichannel.adapters.mongo;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;

/** A delivery as a document of {@code deliveries}, and back; the collection's indexes. */
final class DeliveryDocuments {

  /**
   * Unique by key; the claims (due pending ones), an order's pending ones, a platform's log (whole,
   * or of one status: its page and its total read from the index, however many deliveries the
   * platform has), and the hourly cleanup, which reads only the deliveries old enough to forget.
   */
  static final List<IndexModel> INDEXES =
      List.of(
          new IndexModel(Indexes.ascending("key"), new IndexOptions().unique(true)),
          new IndexModel(Indexes.ascending("status", "nextAttemptAt")),
          new IndexModel(Indexes.ascending("platformId", "orderKey", "status", "feedSeq")),
          new IndexModel(Indexes.ascending("platformId", "createdAt")),
          new IndexModel(Indexes.ascending("platformId", "status", "createdAt")),
          new IndexModel(Indexes.ascending("createdAt")));

  private DeliveryDocuments() {}

  static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static Document toDocument(Delivery d) {
    return new Document("_id", new ObjectId(d.id()))
        .append("key", d.key())
        .append("eventId", d.eventId().value())
        .append("type", d.type().wireName())
        .append("platformId", d.platformId())
        .append("clientIdentifier", d.account().value())
        .append("orderKey", d.orderKey())
        .append("feedSeq", d.feedSeq())
        .append("status", slug(d.status()))
        .append("attempts", d.attempts().stream().map(DeliveryDocuments::toDocument).toList())
        .append("nextAttemptAt", d.nextAttemptAt() == null ? null : Date.from(d.nextAttemptAt()))
        .append("createdAt", Date.from(d.createdAt()))
        .append("retryingSince", d.retryingSince() == null ? null : Date.from(d.retryingSince()));
  }

  static Document toDocument(Attempt a) {
    return new Document("at", Date.from(a.at()))
        .append("statusCode", a.statusCode())
        .append("durationMs", a.durationMs())
        .append("error", a.error());
  }

  static Delivery toDomain(Document d) {
    Date next = d.getDate("nextAttemptAt");
    Date since = d.getDate("retryingSince");
    return new Delivery(
        d.getObjectId("_id").toHexString(),
        d.getString("key"),
        new EventId(d.getString("eventId")),
        EventType.fromWireName(d.getString("type")).orElseThrow(),
        d.getString("platformId"),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("orderKey"),
        d.get("feedSeq", Number.class).longValue(),
        DeliveryStatus.valueOf(d.getString("status").toUpperCase(Locale.ROOT)),
        d.getList("attempts", Document.class, List.of()).stream()
            .map(
                a ->
                    new Attempt(
                        a.getDate("at").toInstant(),
                        a.getInteger("statusCode"),
                        a.get("durationMs", Number.class).longValue(),
                        a.getString("error")))
            .toList(),
        next == null ? null : next.toInstant(),
        d.getDate("createdAt").toInstant(),
        since == null ? null : since.toInstant());
  }
}
