package dev.omnichannel.domain.session;

import java.time.Instant;

/**
 * When a session last saw a message, either way ({@code lastMessageAt}, the inbox order), and one
 * from the customer ({@code lastInboundAt}).
 */
public record SessionActivity(Instant lastMessageAt, Instant lastInboundAt) {

  public static final SessionActivity NONE = new SessionActivity(null, null);

  /** A message arrived from the customer at {@code at}. */
  public SessionActivity inbound(Instant at) {
    return new SessionActivity(latest(lastMessageAt, at), latest(lastInboundAt, at));
  }

  /** An agent's message went out at {@code at}. */
  public SessionActivity outbound(Instant at) {
    return new SessionActivity(latest(lastMessageAt, at), lastInboundAt);
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }
}
