package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.session.Assignment;
import dev.omnichannel.domain.session.Reading;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionActivity;
import dev.omnichannel.domain.session.SessionStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;

/** A session as its {@code sessions} document. */
final class SessionDocuments {

  /** The customer's messages since the agents last read the conversation. */
  static final String UNREAD = "unreadCount";

  private SessionDocuments() {}

  static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static Document toDocument(Session s) {
    Document d =
        new Document("_id", new ObjectId(s.id()))
            .append("clientIdentifier", s.clientIdentifier().value())
            .append("channelId", s.channelId())
            .append("contactId", s.contactId())
            .append("provider", s.provider().slug())
            .append("clientName", s.client().name())
            .append("clientProviderId", s.client().providerId())
            .append("platform", s.platform())
            .append("agentId", s.agentId())
            .append("status", slug(s.status()))
            .append("createdAt", Date.from(s.createdAt()))
            .append(UNREAD, 0)
            .append(OutboxDocuments.LAST_SEQUENCE, 0L);
    if (s.activeKey() != null) {
      d.append("activeKey", s.activeKey());
    }
    return d;
  }

  static Session toDomain(Document d) {
    return new Session(
        d.getObjectId("_id").toHexString(),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("channelId"),
        d.getString("contactId"),
        Provider.fromSlug(d.getString("provider")).orElseThrow(),
        new Session.SessionClient(d.getString("clientName"), d.getString("clientProviderId")),
        new Assignment(d.getString("platform"), d.getString("agentId")),
        SessionStatus.valueOf(d.getString("status").toUpperCase(Locale.ROOT)),
        new SessionActivity(instant(d, "lastMessageAt"), instant(d, "lastInboundAt")),
        instant(d, "createdAt"),
        instant(d, "finishedAt"),
        new Reading(
            d.get(UNREAD) instanceof Number n ? n.longValue() : 0, instant(d, "lastReadAt")));
  }

  private static Instant instant(Document d, String field) {
    Date date = d.getDate(field);
    return date == null ? null : date.toInstant();
  }

  /** Adds to {@code update} what moves the session's activity forward (never back). */
  static void moveActivity(Document update, SessionActivity activity) {
    if (activity == null) {
      return;
    }
    Document max = new Document();
    if (activity.lastMessageAt() != null) {
      max.append("lastMessageAt", Date.from(activity.lastMessageAt()));
    }
    if (activity.lastInboundAt() != null) {
      max.append("lastInboundAt", Date.from(activity.lastInboundAt()));
    }
    if (!max.isEmpty()) {
      update.append("$max", max);
    }
  }
}
