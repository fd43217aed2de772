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
    check(provider, null, () -> lastInbound, now);
  }

  /**
   * The same, asking {@code earlier} (the contact's last message on the channel, in any session)
   * only when the session's own last inbound message does not keep the window open.
   */
  public static void check(
      Provider provider,
      Instant sessionLastInbound,
      java.util.function.Supplier<Optional<Instant>> earlier,
      Instant now) {
    if (provider != Provider.D360 || isOpen(Optional.ofNullable(sessionLastInbound), now)) {
      return;
    }
    if (!isOpen(earlier.get(), now)) {
      throw new WindowClosedException();
    }
  }

  private static boolean isOpen(Optional<Instant> lastInbound, Instant now) {
    return lastInbound.isPresent() && lastInbound.get().plus(LENGTH).isAfter(now);
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
