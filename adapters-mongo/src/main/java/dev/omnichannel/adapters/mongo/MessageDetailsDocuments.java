package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.message.MessageDetails;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A message's {@link MessageDetails} as the {@code details} sub-document; absent parts left out.
 */
final class MessageDetailsDocuments {

  private MessageDetailsDocuments() {}

  static Document toDocument(MessageDetails d) {
    if (d.isEmpty()) {
      return null;
    }
    Document doc = new Document();
    if (d.media() != null) {
      MessageDetails.Media m = d.media();
      doc.append(
          "media",
          present(
              "mimeType", m.mimeType(),
              "sha256", m.sha256(),
              "filename", m.filename(),
              "voice", m.voice(),
              "animated", m.animated()));
    }
    if (d.location() != null) {
      MessageDetails.Location l = d.location();
      doc.append(
          "location",
          present(
              "latitude", l.latitude(),
              "longitude", l.longitude(),
              "name", l.name(),
              "address", l.address(),
              "url", l.url()));
    }
    if (d.contacts() != null) {
      doc.append("contacts", d.contacts().stream().map(Document::new).toList());
    }
    if (d.reply() != null) {
      MessageDetails.Reply r = d.reply();
      doc.append(
          "reply",
          present(
              "type", r.type(),
              "id", r.id(),
              "title", r.title(),
              "description", r.description(),
              "payload", r.payload(),
              "response", r.response()));
    }
    if (d.referral() != null) {
      MessageDetails.Referral r = d.referral();
      doc.append(
          "referral",
          present(
              "sourceUrl", r.sourceUrl(),
              "sourceId", r.sourceId(),
              "sourceType", r.sourceType(),
              "headline", r.headline(),
              "body", r.body(),
              "ctwaClid", r.ctwaClid()));
    }
    if (d.forwarding() != null) {
      doc.append("forwarded", d.forwarding().forwarded())
          .append("frequentlyForwarded", d.forwarding().frequentlyForwarded());
    }
    MessageExtrasDocuments.append(d, doc);
    return doc;
  }

  static MessageDetails toDomain(Document doc) {
    if (doc == null) {
      return MessageDetails.NONE;
    }
    Document m = doc.get("media", Document.class);
    Document l = doc.get("location", Document.class);
    Document r = doc.get("reply", Document.class);
    Document ref = doc.get("referral", Document.class);
    List<Document> cards = doc.getList("contacts", Document.class);
    MessageDetails.Builder details =
        MessageDetails.builder()
            .contacts(
                cards == null ? null : cards.stream().map(c -> (Map<String, Object>) c).toList());
    if (m != null) {
      details.media(
          new MessageDetails.Media(
              m.getString("mimeType"),
              m.getString("sha256"),
              m.getString("filename"),
              m.getBoolean("voice"),
              m.getBoolean("animated")));
    }
    if (l != null) {
      details.location(
          new MessageDetails.Location(
              l.getDouble("latitude"),
              l.getDouble("longitude"),
              l.getString("name"),
              l.getString("address"),
              l.getString("url")));
    }
    if (r != null) {
      details.reply(
          new MessageDetails.Reply(
              r.getString("type"),
              r.getString("id"),
              r.getString("title"),
              r.getString("description"),
              r.getString("payload"),
              r.getString("response")));
    }
    if (ref != null) {
      details.referral(
          new MessageDetails.Referral(
              ref.getString("sourceUrl"),
              ref.getString("sourceId"),
              ref.getString("sourceType"),
              ref.getString("headline"),
              ref.getString("body"),
              ref.getString("ctwaClid")));
    }
    if (doc.containsKey("forwarded")) {
      details.forwarding(
          new MessageDetails.Forwarding(
              Boolean.TRUE.equals(doc.getBoolean("forwarded")),
              Boolean.TRUE.equals(doc.getBoolean("frequentlyForwarded"))));
    }
    return MessageExtrasDocuments.read(doc, details).build();
  }

  /** The pairs whose value is not null, as a document. */
  static Document present(Object... pairs) {
    Document d = new Document();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        d.append((String) pairs[i], pairs[i + 1]);
      }
    }
    return d;
  }
}
