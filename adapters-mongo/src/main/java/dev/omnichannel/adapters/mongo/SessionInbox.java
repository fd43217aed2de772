package dev.omnichannel.adapters.mongo;

import com.mongodb.client.MongoCollection;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionQuery;
import dev.omnichannel.domain.shared.Page;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** The inbox: an account's sessions by the query's filters, latest activity first. */
final class SessionInbox {

  private SessionInbox() {}

  static Page<Session> search(MongoCollection<Document> sessions, SessionQuery q) {
    Document filter = new Document("clientIdentifier", q.account().value());
    if (q.status() != null) {
      filter.append("status", SessionDocuments.slug(q.status()));
    }
    appendIfSet(filter, "channelId", q.channelId());
    appendIfSet(filter, "contactId", q.contactId());
    appendIfSet(filter, "platform", q.platform());
    appendIfSet(filter, "agentId", q.agentId());
    if (q.unreadOnly()) {
      filter.append(SessionDocuments.UNREAD, new Document("$gt", 0));
    }
    Document latestFirst =
        new Document("lastMessageAt", -1).append("createdAt", -1).append("_id", -1);
    List<Session> data = new ArrayList<>();
    sessions
        .find(filter)
        .sort(latestFirst)
        .skip((int) q.page().offset())
        .limit(q.page().limit())
        .forEach(d -> data.add(SessionDocuments.toDomain(d)));
    return new Page<>(data, q.page().page(), q.page().limit(), sessions.countDocuments(filter));
  }

  private static void appendIfSet(Document filter, String field, String value) {
    if (value != null && !value.isBlank()) {
      filter.append(field, value);
    }
  }
}
