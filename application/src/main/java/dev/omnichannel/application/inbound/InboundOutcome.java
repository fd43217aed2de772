package dev.omnichannel.application.inbound;

/** What became of one delivered message. */
public enum InboundOutcome {
  STORED,
  DUPLICATE,
  IGNORED,
  REJECTED,
  /** Left out alone, for a reason logged at WARN; its neighbours were stored (API.md §10). */
  SKIPPED
}
