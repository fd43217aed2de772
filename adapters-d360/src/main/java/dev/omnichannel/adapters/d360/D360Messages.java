package dev.omnichannel.adapters.d360;

import dev.omnichannel.domain.contact.WhatsAppAddress;
import dev.omnichannel.domain.outbound.ContactCard;
import dev.omnichannel.domain.outbound.Interactive;
import dev.omnichannel.domain.outbound.MediaKinds;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a domain message as a WhatsApp Cloud API message object (PROVIDERS.md §1.4). */
final class D360Messages {

  private D360Messages() {}

  static Map<String, Object> render(String to, OutboundMessage m, String signedText) {
    return render(to, m, signedText, null);
  }

  /** {@code uploadedId}: the file was uploaded to 360dialog and is sent by its id, not a link. */
  static Map<String, Object> render(
      String to, OutboundMessage m, String signedText, String uploadedId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", "individual");
    // A person known only by a business-scoped user id is addressed in `recipient`: the Cloud API
    // drops a BSUID given in `to` silently (PROVIDERS.md §2, docs/decisions.md).
    body.put(WhatsAppAddress.isBsuid(to) ? "recipient" : "to", to);
    if (m.quotedMessageId() != null) {
      body.put("context", Map.of("message_id", m.quotedMessageId()));
    }
    String type = m.kind().name().toLowerCase(Locale.ROOT);
    body.put("type", type);
    switch (m.kind()) {
      case TEXT -> body.put("text", Map.of("body", signedText));
      case IMAGE, VIDEO, DOCUMENT, AUDIO, STICKER ->
          body.put(type, media(m, signedText, uploadedId));
      case CONTACTS -> body.put("contacts", m.contacts().stream().map(D360Messages::card).toList());
      case INTERACTIVE -> body.put("interactive", interactive(m.interactive()));
      case TEMPLATE -> body.put("template", template(m.template()));
      default -> throw new IllegalArgumentException("cannot send a " + type + " message");
    }
    return body;
  }

  private static Map<String, Object> media(OutboundMessage m, String caption, String uploadedId) {
    Map<String, Object> media = new LinkedHashMap<>();
    if (uploadedId != null) {
      media.put("id", uploadedId);
    } else {
      media.put("link", m.mediaUri().toString());
    }
    if (caption != null && MediaKinds.takesCaption(m.kind())) {
      media.put("caption", caption);
    }
    if (m.kind() == dev.omnichannel.domain.message.MessageKind.DOCUMENT) {
      String name = MediaKinds.fileName(m.mediaUri());
      if (name != null) {
        media.put("filename", name);
      }
    }
    return media;
  }

  private static Map<String, Object> card(ContactCard c) {
    Map<String, Object> name = new LinkedHashMap<>();
    putIfSet(name, "formatted_name", c.formattedName());
    putIfSet(name, "first_name", c.firstName());
    putIfSet(name, "last_name", c.lastName());
    List<Map<String, Object>> phones =
        c.phones().stream()
            .map(
                p -> {
                  Map<String, Object> phone = new LinkedHashMap<>();
                  putIfSet(phone, "phone", p.phone());
                  putIfSet(phone, "type", p.type());
                  putIfSet(phone, "wa_id", p.waId());
                  return phone;
                })
            .toList();
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("name", name);
    card.put("phones", phones);
    return card;
  }

  private static Map<String, Object> interactive(Interactive i) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> action = new LinkedHashMap<>();
    if (i instanceof Interactive.Buttons b) {
      out.put("type", "button");
      action.put(
          "buttons",
          b.buttons().stream()
              .map(x -> Map.of("type", "reply", "reply", Map.of("id", x.id(), "title", x.title())))
              .toList());
    } else if (i instanceof Interactive.ListMenu l) {
      out.put("type", "list");
      action.put("button", l.buttonLabel());
      action.put("sections", l.sections().stream().map(D360Messages::section).toList());
    }
    out.put("body", Map.of("text", i.body()));
    out.put("action", action);
    return out;
  }

  /** Cloud API form: no namespace; the variables become the body's text parameters. */
  private static Map<String, Object> template(Template t) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", t.name());
    template.put("language", Map.of("policy", "deterministic", "code", t.language()));
    if (!t.variables().isEmpty()) {
      template.put(
          "components",
          List.of(
              Map.of(
                  "type",
                  "body",
                  "parameters",
                  t.variables().stream().map(v -> Map.of("type", "text", "text", v)).toList())));
    }
    return template;
  }

  private static Map<String, Object> section(Interactive.Section s) {
    Map<String, Object> section = new LinkedHashMap<>();
    putIfSet(section, "title", s.title());
    section.put(
        "rows",
        s.rows().stream()
            .map(
                r -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("id", r.id());
                  row.put("title", r.title());
                  putIfSet(row, "description", r.description());
                  return row;
                })
            .toList());
    return section;
  }

  private static void putIfSet(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
