package dev.omnichannel.domain.session;

import java.time.Instant;

/**
 * How far the agents have read a conversation (seed §4.2): the customer's messages since the last
 * read, and when that was.
 */
public record Reading(long unreadCount, Instant lastReadAt) {
  public static final Reading NONE = new Reading(0, null);
}
