package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.net.URI;
import java.util.List;

/**
 * What an agent sends, its kind taken from what is given (API.md §4): {@code interactive} →
 * interactive or contacts; {@code mediaUri} → media of the URI's kind; else text. {@code text}
 * beside media is the caption, where the kind takes one.
 */
public record OutboundMessage(
    MessageKind kind,
    String text,
    URI mediaUri,
    Interactive interactive,
    List<ContactCard> contacts,
    Template template,
    String quotedMessageId,
    String agentName) {

  private static final int MAX_TEXT = 4096;
  private static final int MAX_CAPTION = 1024;

  /** Reads an agent's request into a message, refusing what no provider could send. */
  public static OutboundMessage compose(
      String text,
      String mediaUri,
      Interactive interactive,
      List<ContactCard> contacts,
      String quotedMessageId,
      String agentName) {
    String body = text == null || text.isBlank() ? null : text;
    if (interactive != null || contacts != null) {
      if (body != null || mediaUri != null) {
        throw new InvalidInputException(
            body != null ? "text" : "mediaUri", "cannot go with interactive");
      }
      if (contacts != null) {
        if (contacts.isEmpty() || contacts.size() > 5) {
          throw new InvalidInputException("interactive.contacts", "must hold 1 to 5 contacts");
        }
        return new OutboundMessage(
            MessageKind.CONTACTS, null, null, null, contacts, null, quotedMessageId, agentName);
      }
      InteractiveLimits.check(interactive);
      return new OutboundMessage(
          MessageKind.INTERACTIVE, null, null, interactive, null, null, quotedMessageId, agentName);
    }
    if (mediaUri != null) {
      URI uri = mediaUri(mediaUri);
      MessageKind kind = MediaKinds.of(uri);
      if (body != null && !MediaKinds.takesCaption(kind)) {
        throw new CaptionNotSupportedException(kind);
      }
      limit("text", body, MAX_CAPTION);
      return new OutboundMessage(kind, body, uri, null, null, null, quotedMessageId, agentName);
    }
    if (body == null) {
      throw new InvalidInputException("text", "text, mediaUri or interactive is required");
    }
    limit("text", body, MAX_TEXT);
    return new OutboundMessage(
        MessageKind.TEXT, body, null, null, null, null, quotedMessageId, agentName);
  }

  private static URI mediaUri(String raw) {
    try {
      URI uri = URI.create(raw.trim());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new InvalidInputException("mediaUri", "must be an http(s) URL");
  }

  private static void limit(String field, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      throw new InvalidInputException(
          "VALIDATION_FAILED",
          List.of(new FieldError(field, "must be at most " + max + " characters")));
    }
  }

  /** The §7 line this message needs from the provider. */
  public Capability capability() {
    return switch (kind) {
      case TEXT -> Capability.TEXT_MESSAGES;
      case DOCUMENT -> Capability.DOCUMENTS;
      case STICKER -> Capability.STICKERS;
      case CONTACTS -> Capability.STRUCTURED_CONTACTS;
      case INTERACTIVE ->
          interactive instanceof Interactive.Buttons
              ? Capability.INTERACTIVE_BUTTONS
              : Capability.INTERACTIVE_LISTS;
      case TEMPLATE -> Capability.TEMPLATES;
      default -> Capability.MEDIA;
    };
  }

  /**
   * The text the customer reads: with the agent's signature ({@code *Maria:*\nOlá}) when the
   * channel signs messages and an agent is named.
   */
  public String signedText(boolean sign) {
    if (text == null || !sign || agentName == null || agentName.isBlank()) {
      return text;
    }
    return "*" + agentName + ":*\n" + text;
  }

  /**
   * The message as this provider can take it (seed §7): structured contacts are written out as text
   * where the provider has no native form; anything else it cannot do is refused.
   *
   * @throws dev.omnichannel.domain.channel.UnsupportedCapabilityException before any call
   */
  public OutboundMessage forProvider(Provider provider) {
    if (kind == MessageKind.CONTACTS
        && !Capabilities.supports(provider, Capability.STRUCTURED_CONTACTS)) {
      return contactsAsText();
    }
    Capabilities.require(provider, capability());
    return this;
  }

  /** The same message as structured contacts written out as text (WhatsApp Web, seed §2.7). */
  public OutboundMessage contactsAsText() {
    return new OutboundMessage(
        MessageKind.CONTACTS,
        ContactsAsText.format(contacts),
        null,
        null,
        contacts,
        null,
        quotedMessageId,
        agentName);
  }

  /** A template message (seed §4.5). */
  public static OutboundMessage template(Template template) {
    return new OutboundMessage(
        MessageKind.TEMPLATE, template.name(), null, null, null, template, null, null);
  }

  /** The caption is refused: audio and stickers carry none. */
  public static class CaptionNotSupportedException extends DomainException {

    public CaptionNotSupportedException(MessageKind kind) {
      super(
          Category.UNPROCESSABLE,
          "CAPTION_NOT_SUPPORTED",
          "A " + kind.name().toLowerCase(java.util.Locale.ROOT) + " message takes no caption");
    }

    @Override
    public String title() {
      return "Caption not supported";
    }
  }
}
