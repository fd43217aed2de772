package dev.omnichannel.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameGramsTest {

  @Test
  void everyPieceOfEveryNameOnceSorted() {
    assertThat(NameGrams.of("joao silva", null, "ana"))
        .containsExactly(" si", "ana", "ao ", "ilv", "joa", "lva", "o s", "oao", "sil");
    assertThat(NameGrams.of("jo", "")).isEmpty();
  }

  @Test
  void aSearchReadsByTheFirstPieceOfEachWordAndEveryOneIsInAMatchingName() {
    assertThat(NameGrams.probes("joao silva")).containsExactly("joa", "sil");
    assertThat(NameGrams.probes("da joaozinha")).containsExactly("joa");
    assertThat(NameGrams.probes("a b c")).containsExactly("a b");
    assertThat(NameGrams.probes("jo")).isEmpty();
    assertThat(NameGrams.of("ana da joaozinha")).containsAll(NameGrams.probes("da joaoz"));
  }
}
