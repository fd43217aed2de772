package dev.omnichannel.adapters.whatsappweb;

import dev.omnichannel.domain.inbound.GroupInfo;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.inbound.UnknownEventException;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.ProviderTime;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a gateway event into the domain's inbound message; refuses what it cannot read. */
final class WhatsAppWebTranslator {

  private static final Map<String, MessageKind> KINDS =
      Map.ofEntries(
          Map.entry("text", MessageKind.TEXT),
          Map.entry("chat", MessageKind.TEXT),
          Map.entry("image", MessageKind.IMAGE),
          Map.entry("audio", MessageKind.AUDIO),
          Map.entry("ptt", MessageKind.AUDIO),
          Map.entry("voice", MessageKind.AUDIO),
          Map.entry("video", MessageKind.VIDEO),
          Map.entry("document", MessageKind.DOCUMENT),
          Map.entry("sticker", MessageKind.STICKER),
          Map.entry("location", MessageKind.LOCATION),
          Map.entry("vcard", MessageKind.CONTACTS),
          Map.entry("multi_vcard", MessageKind.CONTACTS),
          Map.entry("contacts", MessageKind.CONTACTS));

  private WhatsAppWebTranslator() {}

  static InboundDelivery translate(WhatsAppWebEvent event, Clock clock) {
    if (event == null || event.type() == null || event.type().isBlank()) {
      throw new InvalidInputException("type", "is required (MESSAGE or GROUP_MESSAGE)");
    }
    boolean group =
        switch (event.type()) {
          case "MESSAGE" -> false;
          case "GROUP_MESSAGE" -> true;
          default -> throw new UnknownEventException("Unknown event type '" + event.type() + "'");
        };
    check(event, group);
    WhatsAppWebEvent.Body body = event.body();
    MessageKind kind =
        KINDS.getOrDefault(body.type().toLowerCase(Locale.ROOT), MessageKind.UNSUPPORTED);
    boolean textual =
        kind == MessageKind.TEXT || kind == MessageKind.CONTACTS || kind == MessageKind.LOCATION;
    String mediaUri = textual ? null : (body.mediaUrl() != null ? body.mediaUrl() : body.content());
    String text = textual ? body.content() : body.caption();
    Instant timestamp = ProviderTime.of(event.timestamp(), clock.instant());
    return new InboundDelivery(
        List.of(
            new InboundMessage(
                event.id() != null && !event.id().isBlank() ? event.id() : derivedId(event),
                event.from(),
                event.fromUserName(),
                group ? groupOf(event) : null,
                timestamp,
                kind,
                text,
                mediaUri,
                event.quotedMessageId())),
        List.of());
  }

  private static void check(WhatsAppWebEvent event, boolean group) {
    List<FieldError> errors = new ArrayList<>();
    if (event.from() == null || event.from().isBlank()) {
      errors.add(new FieldError("from", "is required"));
    }
    if (event.body() == null) {
      errors.add(new FieldError("body", "is required"));
    } else if (event.body().type() == null || event.body().type().isBlank()) {
      errors.add(new FieldError("body.type", "is required"));
    }
    if (group && groupId(event) == null) {
      errors.add(new FieldError("groupInfo.id", "is required for a GROUP_MESSAGE"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("VALIDATION_FAILED", errors);
    }
  }

  private static String groupId(WhatsAppWebEvent event) {
    if (event.groupInfo() != null && event.groupInfo().id() != null) {
      return event.groupInfo().id();
    }
    return event.to() != null && event.to().endsWith("-group") ? event.to() : null;
  }

  private static GroupInfo groupOf(WhatsAppWebEvent event) {
    WhatsAppWebEvent.Group info = event.groupInfo();
    return new GroupInfo(
        groupId(event),
        info == null ? null : info.name(),
        info == null ? null : info.participants());
  }

  /**
   * The gateway sends no message id, so a repeated delivery is recognized by what it carries:
   * sender, conversation, timestamp and body.
   */
  private static String derivedId(WhatsAppWebEvent event) {
    String key =
        String.join(
            "\u0000",
            event.from(),
            String.valueOf(event.to()),
            String.valueOf(event.timestamp()),
            event.body().type(),
            String.valueOf(event.body().content()),
            String.valueOf(event.body().caption()));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "wweb-" + HexFormat.of().formatHex(hash, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
