package dev.omnichannel.application.inbound;

/** What became of one delivered message. */
public enum InboundOutcome {
  STORED,
  DUPLICATE,
  IGNORED,
  REJECTED
}
