package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * WhatsApp's 24-hour customer service window on the official API (360dialog): free-form messages
 * only within 24 hours of the customer's last message; templates at any time.
 */
public final class CustomerServiceWindow {

  public static final Duration LENGTH = Duration.ofHours(24);

  private CustomerServiceWindow() {}

  /**
   * @throws WindowClosedException on 360dialog when the customer never wrote or last wrote more
   *     than 24 hours ago
   */
  public static void check(Provider provider, Optional<Instant> lastInbound, Instant now) {
    if (provider != Provider.D360) {
      return;
    }
    if (lastInbound.isEmpty() || !lastInbound.get().plus(LENGTH).isAfter(now)) {
      throw new WindowClosedException();
    }
  }

  /** Outside the window only a template may be sent. */
  public static class WindowClosedException extends DomainException {

    public WindowClosedException() {
      super(
          Category.UNPROCESSABLE,
          "WINDOW_CLOSED",
          "The customer has not written in the last 24 hours; send a template instead");
    }

    @Override
    public String title() {
      return "Customer service window closed";
    }
  }
}
