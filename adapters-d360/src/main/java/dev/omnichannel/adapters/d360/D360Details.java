package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.StatusError;
import java.util.List;
import java.util.Map;

/**
 * Reads what a Cloud API message carries besides its text (API.md §10) into the domain's {@link
 * MessageDetails}: media metadata, location, contact cards as given, interactive, flow and
 * template-button replies, the ad referral and forwarding.
 */
final class D360Details {

  private static final ObjectMapper CARDS = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> CARD = new TypeReference<>() {};

  private D360Details() {}

  /** {@code providerTimestamp}: the message's timestamp as given, when it was not plausible. */
  static MessageDetails of(D360Webhook.Msg m, String providerTimestamp) {
    return MessageDetails.builder()
        .media(media(m))
        .location(location(m.location()))
        .contacts(cards(m.contacts()))
        .reply(reply(m))
        .referral(referral(m.referral()))
        .forwarding(forwarding(m.context()))
        .order(order(m.order()))
        .system(system(m.system()))
        .reason(reason(m))
        .providerTimestamp(providerTimestamp)
        .build();
  }

  private static MessageDetails.Order order(D360Webhook.Order o) {
    return o == null
        ? null
        : new MessageDetails.Order(
            o.catalogId(),
            o.text(),
            o.productItems() == null
                ? null
                : o.productItems().stream()
                    .filter(i -> i != null)
                    .map(
                        i ->
                            new MessageDetails.OrderItem(
                                i.productRetailerId(), i.quantity(), i.itemPrice(), i.currency()))
                    .toList());
  }

  private static MessageDetails.SystemNotice system(D360Webhook.SystemNotice n) {
    return n == null
        ? null
        : new MessageDetails.SystemNotice(
            n.type(), n.body(), n.newWaId() != null ? n.newWaId() : n.identity());
  }

  /**
   * Why a message is kept as {@code unsupported}: the provider's own error (Meta's {@code 131051
   * "Message type unknown"}) or, for a type we do not read, that type.
   */
  private static StatusError reason(D360Webhook.Msg m) {
    if (D360Content.of(m).kind() != MessageKind.UNSUPPORTED) {
      return null;
    }
    if (m.errors() != null && !m.errors().isEmpty() && m.errors().get(0) != null) {
      return error(m.errors().get(0));
    }
    return new StatusError(null, "Message type not understood", "type \"" + m.type() + "\"");
  }

  /** A Cloud API error object in the domain's terms. */
  static StatusError error(D360Webhook.StatusError e) {
    return new StatusError(
        e.code() == null ? null : String.valueOf(e.code()),
        e.title() != null ? e.title() : e.message(),
        e.errorData() != null && e.errorData().details() != null
            ? e.errorData().details()
            : e.message());
  }

  private static MessageDetails.Media media(D360Webhook.Msg m) {
    D360Webhook.Media media =
        switch (m.type()) {
          case "image" -> m.image();
          case "audio", "voice" -> m.audio();
          case "video" -> m.video();
          case "document" -> m.document();
          case "sticker" -> m.sticker();
          default -> null;
        };
    return media == null
        ? null
        : new MessageDetails.Media(
            media.mimeType(), media.sha256(), media.filename(), media.voice(), media.animated());
  }

  private static MessageDetails.Location location(D360Webhook.Location l) {
    return l == null
        ? null
        : new MessageDetails.Location(l.latitude(), l.longitude(), l.name(), l.address(), l.url());
  }

  private static List<Map<String, Object>> cards(List<JsonNode> cards) {
    return cards == null
        ? null
        : cards.stream().map(c -> CARDS.convertValue(storable(c), CARD)).toList();
  }

  /**
   * A card as given, but with names a database field cannot have ({@code $…}, dots) written with
   * {@code _}: a card is shown whole, and no card may make its message impossible to store.
   */
  private static JsonNode storable(JsonNode node) {
    if (node.isObject()) {
      ObjectNode safe = CARDS.createObjectNode();
      node.fields()
          .forEachRemaining(
              f ->
                  safe.set(
                      f.getKey().replace('.', '_').replaceFirst("^\\$", "_"),
                      storable(f.getValue())));
      return safe;
    }
    if (node.isArray()) {
      ArrayNode safe = CARDS.createArrayNode();
      node.forEach(e -> safe.add(storable(e)));
      return safe;
    }
    return node;
  }

  private static MessageDetails.Reply reply(D360Webhook.Msg m) {
    if (m.button() != null) {
      return new MessageDetails.Reply(
          "template_button", null, m.button().text(), null, m.button().payload(), null);
    }
    D360Webhook.Interactive i = m.interactive();
    if (i == null) {
      return null;
    }
    if (i.buttonReply() != null) {
      return answer("button", i.buttonReply());
    }
    if (i.listReply() != null) {
      return answer("list", i.listReply());
    }
    if (i.nfmReply() != null) {
      D360Webhook.FlowReply f = i.nfmReply();
      return new MessageDetails.Reply("flow", null, f.name(), f.body(), null, f.responseJson());
    }
    return null;
  }

  private static MessageDetails.Reply answer(String type, D360Webhook.Reply r) {
    return new MessageDetails.Reply(type, r.id(), r.title(), r.description(), null, null);
  }

  private static MessageDetails.Referral referral(D360Webhook.Referral r) {
    return r == null
        ? null
        : new MessageDetails.Referral(
            r.sourceUrl(), r.sourceId(), r.sourceType(), r.headline(), r.body(), r.ctwaClid());
  }

  private static MessageDetails.Forwarding forwarding(D360Webhook.Context c) {
    if (c == null || (c.forwarded() == null && c.frequentlyForwarded() == null)) {
      return null;
    }
    return new MessageDetails.Forwarding(
        Boolean.TRUE.equals(c.forwarded()), Boolean.TRUE.equals(c.frequentlyForwarded()));
  }
}
