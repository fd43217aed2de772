package dev.omnichannel.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditsTest {

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  private static Message said(String text) {
    return Message.builder()
        .id("650000000000000000000001")
        .clientIdentifier(ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34"))
        .sessionId("s1")
        .channelId("c1")
        .contactId("k1")
        .messageId("wamid.1")
        .direction(Direction.IN)
        .kind(MessageKind.TEXT)
        .text(text)
        .status(MessageStatus.RECEIVED)
        .sentAt(T)
        .createdAt(T)
        .build();
  }

  @Test
  void anEditReplacesTheTextAndKeepsEveryEarlierOne() {
    Message twice =
        said("Qeuro").editedTo("Quero", T.plusSeconds(5)).editedTo("Quero já", T.plusSeconds(9));

    assertThat(twice.text()).isEqualTo("Quero já");
    assertThat(twice.edits().earlier()).containsExactly("Qeuro", "Quero");
    assertThat(twice.edits().editedAt()).isEqualTo(T.plusSeconds(9));
  }

  @Test
  void aRepeatedOrLateEditChangesNothing() {
    Message edited = said("Qeuro").editedTo("Quero", T.plusSeconds(5));

    assertThat(edited.editedTo("Quero", T.plusSeconds(5))).isEqualTo(edited);
    assertThat(edited.editedTo("Qu", T.plusSeconds(1))).isEqualTo(edited);
  }
}
