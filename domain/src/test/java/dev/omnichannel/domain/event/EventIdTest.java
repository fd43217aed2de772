package dev.omnichannel.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event ids: derived ones repeat for a repeated cause, and every id sorts by its second. */
class EventIdTest {

  private static final Instant AT = Instant.parse("2026-11-26T12:00:00.250Z");

  @Test
  void aCauseGivesOneIdWhateverPartOfItsSecondARepeatSees() {
    EventId first = EventId.derived(EventType.MESSAGE_RECEIVED, "c1:wamid.1", AT);

    // a message read back from the store has its time cut to the millisecond
    assertThat(EventId.derived(EventType.MESSAGE_RECEIVED, "c1:wamid.1", AT.plusNanos(700_123)))
        .isEqualTo(first);
    assertThat(EventId.derived(EventType.MESSAGE_STATUS, "c1:wamid.1", AT)).isNotEqualTo(first);
    assertThat(EventId.derived(EventType.MESSAGE_RECEIVED, "c1:wamid.2", AT)).isNotEqualTo(first);
    assertThat(EventId.isWellFormed(first.value())).isTrue();
  }

  @Test
  void idsStartWithTheirSecondSoLaterOnesSortAfter() {
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < 50; s++) {
      Instant at = AT.plusSeconds(s * 7919L);
      ids.add(EventId.derived(EventType.MESSAGE_RECEIVED, "c1:wamid." + s, at).value());
      ids.add(EventId.random(at.plusMillis(500)).value());
    }

    assertThat(ids.get(0)).startsWith("evt_" + Long.toHexString(AT.getEpochSecond()));
    for (int i = 0; i + 2 < ids.size(); i += 2) {
      assertThat(ids.get(i + 1)).startsWith(ids.get(i).substring(0, 12));
      assertThat(ids.get(i + 2)).isGreaterThan(ids.get(i + 1));
    }
    assertThat(EventId.random(AT)).isNotEqualTo(EventId.random(AT));
  }
}
