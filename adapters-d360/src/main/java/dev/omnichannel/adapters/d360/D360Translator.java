package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.omnichannel.domain.contact.Aliases;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.inbound.InboundStatus;
import dev.omnichannel.domain.inbound.UnknownEventException;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.ProviderTime;
import dev.omnichannel.domain.message.StatusError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Turns a 360dialog delivery, in either envelope, into the domain's messages and statuses. */
final class D360Translator {

  private static final Map<String, MessageStatus> STATUSES =
      Map.of(
          "sent", MessageStatus.SENT,
          "delivered", MessageStatus.DELIVERED,
          "read", MessageStatus.READ,
          "played", MessageStatus.PLAYED,
          "failed", MessageStatus.FAILED,
          "deleted", MessageStatus.DELETED);

  private final List<InboundDelivery.Skipped> skipped = new ArrayList<>();
  private final List<InboundMessage> messages = new ArrayList<>();
  private final List<InboundStatus> statuses = new ArrayList<>();
  private final List<StatusError> errors = new ArrayList<>();

  private D360Translator() {}

  static InboundDelivery translate(D360Webhook webhook) {
    if (webhook == null) {
      throw new InvalidInputException("body", "is required");
    }
    D360Translator translator = new D360Translator();
    if (webhook.entry() != null || "whatsapp_business_account".equals(webhook.object())) {
      translator.cloudEnvelope(webhook);
    } else if (webhook.messages() == null
        && webhook.statuses() == null
        && webhook.contacts() == null
        && webhook.errors() == null) {
      throw new UnknownEventException(
          "Neither messages, statuses, contacts, errors nor a Cloud API entry");
    } else {
      translator.group("", webhook.messages(), webhook.contacts(), webhook.statuses());
      translator.errors(webhook.errors());
    }
    return new InboundDelivery(
        translator.messages, translator.statuses, translator.skipped, translator.errors);
  }

  private void cloudEnvelope(D360Webhook webhook) {
    List<D360Webhook.Entry> entries = webhook.entry() == null ? List.of() : webhook.entry();
    for (int e = 0; e < entries.size(); e++) {
      List<D360Webhook.Change> changes =
          entries.get(e).changes() == null ? List.of() : entries.get(e).changes();
      for (int c = 0; c < changes.size(); c++) {
        D360Webhook.Value value = changes.get(c).value();
        if (value != null) {
          group(
              "entry[" + e + "].changes[" + c + "].value.",
              value.messages(),
              value.contacts(),
              value.statuses());
          errors(value.errors());
        }
      }
    }
  }

  private void group(
      String at,
      List<JsonNode> msgs,
      List<D360Webhook.Profile> contacts,
      List<D360Webhook.Status> sts) {
    Map<String, D360Webhook.Profile> profiles = new HashMap<>();
    if (contacts != null) {
      // a sender is found by its phone (wa_id) or, without one, by its BSUID (user_id)
      contacts.forEach(
          p ->
              Stream.of(p.waId(), p.userId())
                  .filter(id -> id != null)
                  .forEach(id -> profiles.put(id, p)));
    }
    if (msgs != null) {
      for (int i = 0; i < msgs.size(); i++) {
        String where = at + "messages[" + i + "]";
        read(where, msgs.get(i)).ifPresent(m -> message(where, m, profiles));
      }
    }
    if (sts != null) {
      for (int i = 0; i < sts.size(); i++) {
        status(at + "statuses[" + i + "]", sts.get(i));
      }
    }
  }

  /**
   * One message read on its own: a value of a type no conversion fits ({@code "latitude":"abc"})
   * skips this message alone, named by where the value was (never the value: it may be text).
   */
  private Optional<D360Webhook.Msg> read(String at, JsonNode node) {
    try {
      return Optional.of(LenientJson.read(node, D360Webhook.Msg.class));
    } catch (JsonProcessingException unreadable) {
      String where =
          unreadable instanceof JsonMappingException mapping
              ? mapping.getPath().stream()
                  .map(
                      r ->
                          r.getFieldName() != null
                              ? "." + r.getFieldName()
                              : "[" + r.getIndex() + "]")
                  .collect(java.util.stream.Collectors.joining())
              : "";
      String id = node.path("id").isTextual() ? node.path("id").asText() : null;
      skipped.add(new InboundDelivery.Skipped(id, at + where + " has a value that cannot be read"));
      return Optional.empty();
    }
  }

  private void message(String at, D360Webhook.Msg m, Map<String, D360Webhook.Profile> profiles) {
    // Cloud API senders with a username may come without a phone: their BSUID names them.
    String sender = m.from() != null && !m.from().isBlank() ? m.from() : m.fromUserId();
    String missing =
        blank(m.id())
            ? "id"
            : blank(sender) ? "from (or from_user_id)" : blank(m.type()) ? "type" : null;
    if (missing != null) {
      skipped.add(new InboundDelivery.Skipped(m.id(), at + " has no " + missing));
      return;
    }
    Instant received = Instant.now();
    Instant timestamp = ProviderTime.of(m.timestamp(), received);
    if ("revoke".equals(m.type()) && m.revoke() != null && !blank(m.revoke().originalMessageId())) {
      // not a message: the customer deleted one, which takes the status path (message.deleted)
      statuses.add(
          new InboundStatus(
              m.revoke().originalMessageId(), MessageStatus.DELETED, timestamp, sender, null));
      return;
    }
    D360Content content = D360Content.of(m);
    D360Webhook.Profile profile = profiles.get(sender);
    String bsuid =
        m.fromUserId() != null ? m.fromUserId() : profile == null ? null : profile.userId();
    messages.add(
        new InboundMessage(
            m.id(),
            sender,
            profile == null || profile.profile() == null ? null : profile.profile().name(),
            null,
            timestamp,
            content.kind(),
            content.text(),
            content.mediaUri(),
            content.quoted() != null
                ? content.quoted()
                : (m.context() == null ? null : m.context().id()),
            new Aliases(
                null,
                bsuid,
                profile == null || profile.profile() == null ? null : profile.profile().username()),
            D360Details.of(m, ProviderTime.given(m.timestamp(), received))));
  }

  private void status(String at, D360Webhook.Status s) {
    Instant timestamp = ProviderTime.of(s.timestamp(), Instant.now());
    MessageStatus status =
        s.status() == null ? null : STATUSES.get(s.status().toLowerCase(Locale.ROOT));
    if (s.id() == null || status == null) {
      return; // "warning" and other statuses we do not track are acknowledged and dropped
    }
    StatusError error =
        Optional.ofNullable(s.errors())
            .flatMap(list -> list.stream().filter(e -> e != null).findFirst())
            .map(D360Details::error)
            .orElse(null);
    statuses.add(new InboundStatus(s.id(), status, timestamp, s.recipientId(), error));
  }

  /** The provider's own errors, read leniently: each is only logged and counted. */
  private void errors(List<JsonNode> reported) {
    if (reported == null) {
      return;
    }
    reported.stream()
        .filter(e -> e != null && e.isObject())
        .forEach(
            e ->
                errors.add(
                    new StatusError(
                        e.path("code").isValueNode() ? e.path("code").asText() : null,
                        e.path("title").isTextual()
                            ? e.path("title").asText()
                            : e.path("message").asText(null),
                        e.path("error_data").path("details").asText(null))));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
