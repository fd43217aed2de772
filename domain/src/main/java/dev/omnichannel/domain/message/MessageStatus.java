package dev.omnichannel.domain.message;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a message is on its way. Statuses move forward only: sent → delivered → read → played (a
 * voice note listened to), and failed from any of them; a late or repeated status never moves a
 * message back.
 */
public enum MessageStatus {
  RECEIVED,
  SENT,
  DELIVERED,
  READ,
  PLAYED,
  FAILED,
  DELETED;

  /** Whether a message in this status may take {@code next}. */
  public boolean canAdvanceTo(MessageStatus next) {
    return predecessorsOf(next).contains(this);
  }

  /**
   * Which of the statuses reported for one message it ends in: failed wins wherever the message
   * was; otherwise the furthest along.
   */
  public static Optional<MessageStatus> winner(Collection<MessageStatus> reported) {
    return reported.stream().max(Comparator.comparingInt(MessageStatus::rank));
  }

  private static int rank(MessageStatus status) {
    return status == FAILED ? Integer.MAX_VALUE : status.ordinal();
  }

  /** The statuses a message may be in to take {@code next}. */
  public static Set<MessageStatus> predecessorsOf(MessageStatus next) {
    return switch (next) {
      case SENT -> EnumSet.noneOf(MessageStatus.class);
      case DELIVERED -> EnumSet.of(SENT);
      case READ -> EnumSet.of(SENT, DELIVERED);
      case PLAYED -> EnumSet.of(SENT, DELIVERED, READ);
      case FAILED -> EnumSet.of(SENT, DELIVERED, READ, PLAYED);
      case DELETED -> EnumSet.of(SENT, DELIVERED, READ, PLAYED, RECEIVED);
      case RECEIVED -> EnumSet.noneOf(MessageStatus.class);
    };
  }
}
