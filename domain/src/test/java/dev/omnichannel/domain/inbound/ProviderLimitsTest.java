package dev.omnichannel.domain.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderLimitsTest {

  @Test
  void valuesWithinTheLimitAreKeptAsTheyCame() {
    assertThat(ProviderLimits.cut("Ana", ProviderLimits.NAME)).isEqualTo("Ana");
    assertThat(ProviderLimits.cut(null, ProviderLimits.NAME)).isNull();
    assertThat(ProviderLimits.over("a".repeat(256), ProviderLimits.NAME)).isFalse();
  }

  @Test
  void longerValuesAreCutAtTheLimit() {
    String name = "a".repeat(300);
    assertThat(ProviderLimits.over(name, ProviderLimits.NAME)).isTrue();
    assertThat(ProviderLimits.cut(name, ProviderLimits.NAME)).hasSize(256);
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String value = "a".repeat(255) + "\uD83D\uDE00"; // an emoji: a surrogate pair
    assertThat(ProviderLimits.cut(value, ProviderLimits.NAME)).isEqualTo("a".repeat(255));
  }
}
