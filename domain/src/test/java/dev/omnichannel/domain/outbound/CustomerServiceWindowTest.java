package dev.omnichannel.domain.outbound;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.channel.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerServiceWindowTest {

  private static final Instant NOW = Instant.parse("2026-01-02T12:00:00Z");

  @Test
  void openWithin24HoursOfTheCustomersLastMessage() {
    assertThatCode(
            () ->
                CustomerServiceWindow.check(
                    Provider.D360, Optional.of(NOW.minus(Duration.ofHours(23))), NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void closedAfter24HoursOrWhenTheCustomerNeverWrote() {
    assertThatThrownBy(
            () ->
                CustomerServiceWindow.check(
                    Provider.D360, Optional.of(NOW.minus(Duration.ofHours(24))), NOW))
        .isInstanceOf(CustomerServiceWindow.WindowClosedException.class);
    assertThatThrownBy(() -> CustomerServiceWindow.check(Provider.D360, Optional.empty(), NOW))
        .isInstanceOf(CustomerServiceWindow.WindowClosedException.class);
  }

  @Test
  void whatsAppWebHasNoWindow() {
    assertThatCode(() -> CustomerServiceWindow.check(Provider.WHATSAPP_WEB, Optional.empty(), NOW))
        .doesNotThrowAnyException();
  }
}
