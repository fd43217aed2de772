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
  /** A change of a message's text, kept as a message only when we do not hold that message. */
  EDIT,
  TEMPLATE,
  /** A cart sent from the business's catalog. */
  ORDER,
  /** What WhatsApp itself says in the conversation (a number change, …). */
  SYSTEM,
  UNSUPPORTED
}
