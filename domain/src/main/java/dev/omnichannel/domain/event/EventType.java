package dev.omnichannel.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** What happened, by the name platforms see (API.md §9). */
public enum EventType {
  MESSAGE_RECEIVED("message.received"),
  MESSAGE_SENT("message.sent"),
  MESSAGE_STATUS("message.status"),
  MESSAGE_REACTION("message.reaction"),
  MESSAGE_EDITED("message.edited"),
  MESSAGE_DELETED("message.deleted"),
  MESSAGE_MEDIA("message.media"),
  SESSION_OPENED("session.opened"),
  SESSION_TRANSFERRED("session.transferred"),
  SESSION_FINISHED("session.finished"),
  SESSION_READ("session.read"),
  CONTACT_CREATED("contact.created"),
  CONTACT_UPDATED("contact.updated");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
