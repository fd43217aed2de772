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
  void aSearchReadsByAPieceOfItsLongestWordAndEveryPieceOfItIsInAMatchingName() {
    assertThat(NameGrams.probe("joao silva")).contains("sil");
    assertThat(NameGrams.probe("da joaozinha")).contains("joa");
    assertThat(NameGrams.probe("a b c")).contains("a b");
    assertThat(NameGrams.probe("jo")).isEmpty();
    String name = "ana da joaozinha";
    assertThat(NameGrams.of(name)).contains(NameGrams.probe("joaoz").orElseThrow());
  }
}
