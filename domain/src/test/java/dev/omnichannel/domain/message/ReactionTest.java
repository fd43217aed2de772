package dev.omnichannel.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactionTest {

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void aPersonHasOneReactionPerMessageTheLatest() {
    List<Reaction> one = Reaction.apply(List.of(), "ana", "👍", T);
    List<Reaction> changed = Reaction.apply(one, "ana", "❤️", T.plusSeconds(1));
    List<Reaction> two = Reaction.apply(changed, "bia", "😂", T.plusSeconds(2));

    assertThat(two)
        .extracting(Reaction::author, Reaction::emoji)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ana", "❤️"),
            org.assertj.core.groups.Tuple.tuple("bia", "😂"));
  }

  @Test
  void anEmptyEmojiTakesOnlyThatPersonsReactionAway() {
    List<Reaction> two = Reaction.apply(Reaction.apply(List.of(), "ana", "👍", T), "bia", "😂", T);

    assertThat(Reaction.apply(two, "ana", "", T))
        .extracting(Reaction::author)
        .containsExactly("bia");
    assertThat(Reaction.apply(two, "carla", "", T)).isEqualTo(two);
  }
}
