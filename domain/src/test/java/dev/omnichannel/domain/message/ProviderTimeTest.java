package dev.omnichannel.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProviderTimeTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void secondsMillisecondsAndRfc3339AreTheSameInstant() {
    Instant expected = Instant.ofEpochSecond(1_659_519_000L);
    assertThat(ProviderTime.of("1659519000", RECEIVED)).isEqualTo(expected);
    assertThat(ProviderTime.of("1659519000000", RECEIVED)).isEqualTo(expected);
    assertThat(ProviderTime.of(1_659_519_000_000L, RECEIVED)).isEqualTo(expected);
    assertThat(ProviderTime.of("2022-08-03T09:30:00Z", RECEIVED)).isEqualTo(expected);
    assertThat(ProviderTime.of("2022-08-03T06:30:00-03:00", RECEIVED)).isEqualTo(expected);
  }

  @Test
  void whatCannotBeATimeIsWhenTheDeliveryArrived() {
    assertThat(ProviderTime.of("9223372036854776", RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of("4611686018427387904", RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of("99999999999999999999999", RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of(Long.MAX_VALUE, RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of(-5L, RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of("yesterday", RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of("", RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of((String) null, RECEIVED)).isEqualTo(RECEIVED);
  }

  @Test
  void beforeWhatsAppOrMoreThanADayAheadIsNotPlausible() {
    assertThat(ProviderTime.of("1000", RECEIVED)).isEqualTo(RECEIVED);
    assertThat(ProviderTime.of("2026-11-27T12:00:00Z", RECEIVED)).isEqualTo(RECEIVED);
    Instant hourAhead = RECEIVED.plusSeconds(3600);
    assertThat(ProviderTime.of(String.valueOf(hourAhead.getEpochSecond()), RECEIVED))
        .isEqualTo(hourAhead);
  }

  @Test
  void aReplacedTimestampIsKeptAsGivenAndARealOneIsNot() {
    assertThat(ProviderTime.given("1000", RECEIVED)).isEqualTo("1000");
    assertThat(ProviderTime.given("yesterday", RECEIVED)).isEqualTo("yesterday");
    assertThat(ProviderTime.given("2026-11-27T12:00:00Z", RECEIVED))
        .isEqualTo("2026-11-27T12:00:00Z");
    assertThat(ProviderTime.given("1659519000", RECEIVED)).isNull();
    assertThat(ProviderTime.given(String.valueOf(RECEIVED.getEpochSecond()), RECEIVED)).isNull();
    assertThat(ProviderTime.given("", RECEIVED)).isNull();
    assertThat(ProviderTime.given(null, RECEIVED)).isNull();
  }

  @Test
  void onlyANumberChangeNoticeNamesANewNumber() {
    assertThat(
            new MessageDetails.SystemNotice("user_changed_number", "…", "5521933332222")
                .newNumber())
        .contains("5521933332222");
    assertThat(
            new MessageDetails.SystemNotice("customer_changed_number", "…", "5521933332222")
                .newNumber())
        .contains("5521933332222");
    assertThat(new MessageDetails.SystemNotice("disappearing_mode", "…", null).newNumber())
        .isEmpty();
    assertThat(new MessageDetails.SystemNotice("user_changed_number", "…", " ").newNumber())
        .isEmpty();
  }
}
