package dev.omnichannel.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageStatusTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "SENT, DELIVERED, true",
    "SENT, READ, true",
    "DELIVERED, READ, true",
    "DELIVERED, SENT, false",
    "READ, DELIVERED, false",
    "READ, SENT, false",
    "SENT, FAILED, true",
    "READ, FAILED, true",
    "FAILED, READ, false",
    "FAILED, SENT, false",
    "RECEIVED, READ, false",
    "READ, PLAYED, true",
    "DELIVERED, PLAYED, true",
    "PLAYED, READ, false",
    "PLAYED, FAILED, true",
    "FAILED, PLAYED, false"
  })
  void statusesMoveForwardOnly(MessageStatus from, MessageStatus to, boolean allowed) {
    assertThat(from.canAdvanceTo(to)).isEqualTo(allowed);
  }

  @org.junit.jupiter.api.Test
  void failedWinsOverEverythingElseTheFurthestAlong() {
    assertThat(
            MessageStatus.winner(
                java.util.List.of(MessageStatus.PLAYED, MessageStatus.SENT, MessageStatus.READ)))
        .contains(MessageStatus.PLAYED);
    assertThat(
            MessageStatus.winner(
                java.util.List.of(MessageStatus.PLAYED, MessageStatus.FAILED, MessageStatus.READ)))
        .contains(MessageStatus.FAILED);
    assertThat(MessageStatus.winner(java.util.List.of())).isEmpty();
  }
}
