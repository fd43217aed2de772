package dev.omnichannel.domain.inbound;

import dev.omnichannel.domain.contact.Aliases;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.MessageKind;
import java.time.Instant;

/**
 * A message a customer wrote, as any provider delivers it. {@code messageId} is the provider's id,
 * or a stable key derived from the delivery where the provider gives none. In a group, {@code from}
 * is the author and {@code group} the conversation; {@code senderAliases} are the sender's other
 * identities the delivery carried (a BSUID and username beside a phone), to be linked.
 */
public record InboundMessage(
    String messageId,
    String from,
    String senderName,
    GroupInfo group,
    Instant timestamp,
    MessageKind kind,
    String text,
    String mediaUri,
    String quotedMessageId,
    Aliases senderAliases,
    MessageDetails details) {

  public InboundMessage {
    senderAliases = senderAliases == null ? Aliases.NONE : senderAliases;
    details = details == null ? MessageDetails.NONE : details;
  }

  /** A message whose sender is known by {@code from} alone. */
  public InboundMessage(
      String messageId,
      String from,
      String senderName,
      GroupInfo group,
      Instant timestamp,
      MessageKind kind,
      String text,
      String mediaUri,
      String quotedMessageId) {
    this(
        messageId,
        from,
        senderName,
        group,
        timestamp,
        kind,
        text,
        mediaUri,
        quotedMessageId,
        null,
        null);
  }

  private static final java.util.Set<MessageKind> FILES =
      java.util.EnumSet.of(
          MessageKind.IMAGE,
          MessageKind.AUDIO,
          MessageKind.VIDEO,
          MessageKind.DOCUMENT,
          MessageKind.STICKER);

  /**
   * Whether the message carries a file we fetch and keep (API.md §11): a media kind with a
   * provider's media id or a link to it.
   */
  public boolean carriesFile() {
    if (!FILES.contains(kind) || mediaUri == null) {
      return false;
    }
    String uri = mediaUri.toLowerCase(java.util.Locale.ROOT);
    return uri.startsWith("d360-media:") || uri.startsWith("https://") || uri.startsWith("http://");
  }

  public boolean isGroupMessage() {
    return group != null;
  }

  /** Whether a value is longer than API.md §10 lets us keep. */
  public boolean exceedsLimits() {
    return ProviderLimits.over(messageId, ProviderLimits.ID)
        || ProviderLimits.over(quotedMessageId, ProviderLimits.ID)
        || ProviderLimits.over(senderName, ProviderLimits.NAME)
        || ProviderLimits.over(senderAliases.username(), ProviderLimits.NAME)
        || ProviderLimits.over(text, ProviderLimits.TEXT)
        || ProviderLimits.over(mediaUri, ProviderLimits.TEXT)
        || (group != null && ProviderLimits.over(group.name(), ProviderLimits.NAME));
  }

  /** This message with every value cut to its limit (the same message when none is over). */
  public InboundMessage withinLimits() {
    if (!exceedsLimits()) {
      return this;
    }
    return new InboundMessage(
        ProviderLimits.cut(messageId, ProviderLimits.ID),
        from,
        ProviderLimits.cut(senderName, ProviderLimits.NAME),
        group == null
            ? null
            : new GroupInfo(
                group.id(),
                ProviderLimits.cut(group.name(), ProviderLimits.NAME),
                group.participants()),
        timestamp,
        kind,
        ProviderLimits.cut(text, ProviderLimits.TEXT),
        ProviderLimits.cut(mediaUri, ProviderLimits.TEXT),
        ProviderLimits.cut(quotedMessageId, ProviderLimits.ID),
        new Aliases(
            senderAliases.lid(),
            senderAliases.bsuid(),
            ProviderLimits.cut(senderAliases.username(), ProviderLimits.NAME)),
        details);
  }
}
