package dev.omnichannel.application.event;

/**
 * Port: wakes the background work of this replica at once instead of at its next poll. Other
 * replicas find the same work by polling.
 */
public interface EventSignals {

  /** Events were written beside their causes: the router may move them into the feed. */
  void eventsWritten();

  /** Deliveries were created or became due. */
  void deliveriesDue();

  /** The feed's committed position moved. */
  void feedCommitted();
}
