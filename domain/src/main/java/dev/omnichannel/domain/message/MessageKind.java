package dev.omnichannel.domain.message;

/** What a message carries. */
public enum MessageKind {
  TEXT,
  IMAGE,
  AUDIO,
  VIDEO,
  DOCUMENT,
  STICKER,
  LOCATION,
  CONTACTS,
  INTERACTIVE,
  BUTTON,
  REACTION,
  TEMPLATE,
  UNSUPPORTED
}
