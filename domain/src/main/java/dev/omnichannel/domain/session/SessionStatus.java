package dev.omnichannel.domain.session;

/** A conversation is going on, or over. */
public enum SessionStatus {
  ACTIVE,
  FINISHED
}
