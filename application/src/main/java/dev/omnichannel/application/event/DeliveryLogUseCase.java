package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.delivery.DeliveryStatus;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Set;

/** A platform's delivery log, and sending events to it again. */
public interface DeliveryLogUseCase {

  Page<Delivery> log(
      ClientIdentifier account, String platformId, DeliveryStatus status, PageRequest page);

  /**
   * Sends a failed or cancelled delivery again, now.
   *
   * @throws dev.omnichannel.domain.shared.InvalidInputException for one still pending or delivered
   */
  void retry(ClientIdentifier account, String platformId, String deliveryId);

  /**
   * Delivers again the account's events of a time window that the platform would have received,
   * with their ids.
   *
   * @return how many were queued
   */
  int replay(
      ClientIdentifier account,
      String platformId,
      Instant since,
      Instant until,
      Set<EventType> types);
}
