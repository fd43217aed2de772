package dev.omnichannel.domain.delivery;

/** Where one event's delivery to one platform stands. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED,
  CANCELLED;

  public boolean isFinal() {
    return this != PENDING;
  }
}
