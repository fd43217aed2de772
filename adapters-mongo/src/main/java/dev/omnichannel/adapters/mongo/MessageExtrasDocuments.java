package dev.omnichannel.adapters.mongo;

import static dev.omnichannel.adapters.mongo.MessageDetailsDocuments.present;

import dev.omnichannel.domain.media.KeptMedia;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.StatusError;
import java.util.List;
import java.util.Locale;
import org.bson.Document;

/**
 * The parts of a message's details that few messages have: an order, a system notice, why it was
 * not understood, and the provider's timestamp as given.
 */
final class MessageExtrasDocuments {

  private MessageExtrasDocuments() {}

  static void append(MessageDetails d, Document doc) {
    if (d.order() != null) {
      MessageDetails.Order o = d.order();
      doc.append(
          "order",
          present(
              "catalogId",
              o.catalogId(),
              "text",
              o.text(),
              "items",
              o.items().stream()
                  .map(
                      i ->
                          present(
                              "productRetailerId", i.productRetailerId(),
                              "quantity", i.quantity(),
                              "itemPrice", i.itemPrice(),
                              "currency", i.currency()))
                  .toList()));
    }
    if (d.system() != null) {
      MessageDetails.SystemNotice n = d.system();
      doc.append(
          "system", present("type", n.type(), "body", n.body(), "newIdentity", n.newIdentity()));
    }
    if (d.reason() != null) {
      StatusError r = d.reason();
      doc.append("reason", present("code", r.code(), "title", r.title(), "detail", r.detail()));
    }
    if (d.providerTimestamp() != null) {
      doc.append("providerTimestamp", d.providerTimestamp());
    }
    if (d.kept() != null) {
      doc.append("kept", kept(d.kept()));
    }
  }

  /** The kept file's state as stored in {@code details.kept}. */
  static Document kept(KeptMedia k) {
    return present(
        "id",
        k.id(),
        "status",
        k.status().name().toLowerCase(Locale.ROOT),
        "size",
        k.size(),
        "sha256",
        k.sha256());
  }

  static MessageDetails.Builder read(Document doc, MessageDetails.Builder details) {
    Document o = doc.get("order", Document.class);
    if (o != null) {
      List<Document> items = o.getList("items", Document.class, List.of());
      details.order(
          new MessageDetails.Order(
              o.getString("catalogId"),
              o.getString("text"),
              items.stream()
                  .map(
                      i ->
                          new MessageDetails.OrderItem(
                              i.getString("productRetailerId"),
                              i.getInteger("quantity"),
                              i.getDouble("itemPrice"),
                              i.getString("currency")))
                  .toList()));
    }
    Document n = doc.get("system", Document.class);
    if (n != null) {
      details.system(
          new MessageDetails.SystemNotice(
              n.getString("type"), n.getString("body"), n.getString("newIdentity")));
    }
    Document r = doc.get("reason", Document.class);
    if (r != null) {
      details.reason(
          new StatusError(r.getString("code"), r.getString("title"), r.getString("detail")));
    }
    Document k = doc.get("kept", Document.class);
    if (k != null) {
      Number size = k.get("size", Number.class);
      details.kept(
          new KeptMedia(
              k.getString("id"),
              MediaStatus.valueOf(k.getString("status").toUpperCase(Locale.ROOT)),
              size == null ? null : size.longValue(),
              k.getString("sha256")));
    }
    return details.providerTimestamp(doc.getString("providerTimestamp"));
  }
}
