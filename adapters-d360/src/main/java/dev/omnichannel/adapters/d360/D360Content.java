package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omnichannel.domain.message.MessageKind;
import java.util.List;

/**
 * A Cloud API message's kind, its text (a caption, a location or the cards' names written out, a
 * reply's title) and, for a file, its URI; {@code quoted} is what it answers or reacts to.
 */
record D360Content(MessageKind kind, String text, String mediaUri, String quoted) {

  static D360Content of(D360Webhook.Msg m) {
    return switch (m.type()) {
      case "text" ->
          new D360Content(MessageKind.TEXT, m.text() == null ? null : m.text().body(), null, null);
      case "image" -> media(MessageKind.IMAGE, m.image());
      case "audio", "voice" -> media(MessageKind.AUDIO, m.audio());
      case "video" -> media(MessageKind.VIDEO, m.video());
      case "document" -> media(MessageKind.DOCUMENT, m.document());
      case "sticker" -> media(MessageKind.STICKER, m.sticker());
      case "location" -> new D360Content(MessageKind.LOCATION, location(m.location()), null, null);
      case "contacts" ->
          new D360Content(MessageKind.CONTACTS, contactNames(m.contacts()), null, null);
      case "interactive" ->
          new D360Content(MessageKind.INTERACTIVE, reply(m.interactive()), null, null);
      case "button" ->
          new D360Content(
              MessageKind.BUTTON, m.button() == null ? null : m.button().text(), null, null);
      case "reaction" ->
          new D360Content(
              MessageKind.REACTION,
              m.reaction() == null ? null : m.reaction().emoji(),
              null,
              m.reaction() == null ? null : m.reaction().messageId());
      case "edit" -> edit(m.edit());
      case "order" ->
          new D360Content(
              MessageKind.ORDER, m.order() == null ? null : m.order().text(), null, null);
      case "system" ->
          new D360Content(
              MessageKind.SYSTEM, m.system() == null ? null : m.system().body(), null, null);
      default -> new D360Content(MessageKind.UNSUPPORTED, null, null, null);
    };
  }

  /** Inbound media carry a media id (resolved through 360dialog) or, on some hostings, a link. */
  private static D360Content media(MessageKind kind, D360Webhook.Media media) {
    if (media == null) {
      return new D360Content(kind, null, null, null);
    }
    String uri =
        media.link() != null
            ? media.link()
            : (media.id() == null ? null : "d360-media:" + media.id());
    return new D360Content(kind, media.caption(), uri, null);
  }

  private static String location(D360Webhook.Location l) {
    if (l == null) {
      return null;
    }
    String where = l.latitude() + "," + l.longitude();
    return l.name() == null ? where : l.name() + " (" + where + ")";
  }

  private static String contactNames(List<JsonNode> cards) {
    if (cards == null) {
      return null;
    }
    return String.join(
        ", ", cards.stream().map(c -> c.path("name").path("formatted_name").asText("")).toList());
  }

  private static String reply(D360Webhook.Interactive i) {
    if (i == null) {
      return null;
    }
    D360Webhook.Reply r = i.buttonReply() != null ? i.buttonReply() : i.listReply();
    return r == null ? null : r.title();
  }

  /** The new text of an edited message (a text's body, a file's caption). */
  private static D360Content edit(D360Webhook.Edit edit) {
    if (edit == null || edit.originalMessageId() == null) {
      return new D360Content(MessageKind.UNSUPPORTED, null, null, null);
    }
    D360Webhook.Msg now = edit.message();
    String text = now == null || now.type() == null ? null : of(now).text();
    return new D360Content(MessageKind.EDIT, text, null, edit.originalMessageId());
  }
}
