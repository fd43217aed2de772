package dev.omnichannel.adapters.whatsappweb;

import dev.omnichannel.domain.inbound.GroupInfo;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.inbound.UnknownEventException;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.ProviderTime;
import dev.omnichannel.domain.message.StatusError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
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
    if (event.type().equals("MESSAGE_ACK")) {
      return WhatsAppWebAcks.translate(event, clock);
    }
    boolean group =
        switch (event.type()) {
          case "MESSAGE" -> false;
          case "GROUP_MESSAGE" -> true;
          default -> throw new UnknownEventException("Unknown event type '" + event.type() + "'");
        };
    String missing = missing(event, group);
    if (missing != null) {
      return new InboundDelivery(
          List.of(), List.of(), List.of(new InboundDelivery.Skipped(event.id(), "no " + missing)));
    }
    WhatsAppWebEvent.Body body = event.body();
    MessageKind kind =
        KINDS.getOrDefault(body.type().toLowerCase(Locale.ROOT), MessageKind.UNSUPPORTED);
    boolean textual =
        kind == MessageKind.TEXT || kind == MessageKind.CONTACTS || kind == MessageKind.LOCATION;
    // Two conventions (docs/providers.md): the seed's, with the file's URL in content and the
    // caption in caption; and the file in mediaUrl with the caption in content.
    String mediaUri = textual ? null : (body.mediaUrl() != null ? body.mediaUrl() : body.content());
    String text =
        textual
            ? body.content()
            : body.caption() != null
                ? body.caption()
                : body.mediaUrl() != null ? body.content() : null;
    Instant now = clock.instant();
    Instant timestamp = ProviderTime.of(event.timestamp(), now);
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
                event.quotedMessageId(),
                null,
                details(kind, textual, body, ProviderTime.given(event.timestamp(), now)))),
        List.of());
  }

  /**
   * A file's metadata, why a message is kept as {@code unsupported} (its type), and the timestamp
   * as given when it was not plausible.
   */
  private static MessageDetails details(
      MessageKind kind, boolean textual, WhatsAppWebEvent.Body body, String providerTimestamp) {
    return MessageDetails.builder()
        .media(
            textual || (body.mimeType() == null && body.fileName() == null)
                ? null
                : new MessageDetails.Media(body.mimeType(), null, body.fileName(), null, null))
        .reason(
            kind == MessageKind.UNSUPPORTED
                ? new StatusError(
                    null, "Message type not understood", "type \"" + body.type() + "\"")
                : null)
        .providerTimestamp(providerTimestamp)
        .build();
  }

  /** What a message event lacks to be stored at all; {@code null} when it is whole. */
  private static String missing(WhatsAppWebEvent event, boolean group) {
    if (event.from() == null || event.from().isBlank()) {
      return "from";
    }
    if (event.body() == null || event.body().type() == null || event.body().type().isBlank()) {
      return "body.type";
    }
    return group && groupId(event) == null ? "groupInfo.id for a GROUP_MESSAGE" : null;
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
