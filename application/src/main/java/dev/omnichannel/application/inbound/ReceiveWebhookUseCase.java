package dev.omnichannel.application.inbound;

import dev.omnichannel.domain.inbound.InboundDelivery;
import java.util.function.Supplier;

/**
 * Takes one provider webhook call: authenticates it, then stores each message once and applies each
 * status. Repeating a call, also concurrently, changes nothing.
 */
public interface ReceiveWebhookUseCase {

  /**
   * @param delivery reads the call's payload; run only once the call is authenticated
   * @throws dev.omnichannel.domain.shared.NotFoundException for an unknown channel, or one of
   *     another platform config
   * @throws dev.omnichannel.domain.inbound.WebhookUnauthorizedException without the right token
   */
  WebhookReceipt receive(WebhookCall call, Supplier<InboundDelivery> delivery);
}
