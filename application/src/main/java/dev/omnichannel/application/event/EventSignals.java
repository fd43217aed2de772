package dev.omnichannel.application.event;

/**
 * Port: wakes the background work of this replica at once instead of at its next poll. Other
 * replicas find the same work by polling.
 */
public interface EventSignals {

  /** Events were written beside their causes: the router may move them into the feed. */
  void eventsWritten();

  /**
   * Deliveries were created or became due, how many unknown: every delivery worker looks until it
   * finds nothing due.
   */
  void deliveriesDue();

  /**
   * {@code count} deliveries were created due or became due: as many claims wake, one each, and no
   * worker looks further (a worker that finds nothing more would only ask the store again).
   */
  void deliveriesDue(int count);

  /** The feed's committed position moved. */
  void feedCommitted();
}
