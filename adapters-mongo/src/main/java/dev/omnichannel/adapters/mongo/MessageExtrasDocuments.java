package dev.omnichannel.adapters.mongo;

import static dev.omnichannel.adapters.mongo.MessageDetailsDocuments.present;

import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.StatusError;
import java.util.List;
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
    return details.providerTimestamp(doc.getString("providerTimestamp"));
  }
}
