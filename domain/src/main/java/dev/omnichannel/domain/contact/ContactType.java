package dev.omnichannel.domain.contact;

/** A contact is one person or one WhatsApp group. */
public enum ContactType {
  INDIVIDUAL,
  GROUP
}
