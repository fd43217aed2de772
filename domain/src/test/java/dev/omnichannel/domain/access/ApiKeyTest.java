package dev.omnichannel.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private final ApiKeySecret secret = ApiKeySecret.generate();
  private final ApiKey key =
      ApiKey.issue(
          "k1", ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34"), "crm", secret, NOW);

  @Test
  void aKeyIsOmcAndAtLeast32RandomBytesAndOnlyItsHashIsKept() {
    assertThat(secret.value()).startsWith("omc_").hasSizeGreaterThanOrEqualTo(4 + 43);
    assertThat(ApiKeySecret.generate().value()).isNotEqualTo(secret.value());
    assertThat(key.prefix()).isEqualTo(secret.value().substring(0, 12));
    assertThat(key.hash()).isEqualTo(KeyHash.of(secret.value()));
    assertThat(key.toString()).doesNotContain(secret.value());
    assertThat(secret.toString()).doesNotContain(secret.value());
  }

  @Test
  void hashesCompareByValue() {
    assertThat(KeyHash.of(secret.value()).matches(key.hash())).isTrue();
    assertThat(KeyHash.of(secret.value() + "x").matches(key.hash())).isFalse();
    assertThat(key.hash().matches(null)).isFalse();
  }

  @Test
  void aUseIsWrittenDownAtMostOnceAMinute() {
    assertThat(key.useIsWorthRecording(NOW)).isTrue();
    ApiKey used = key.usedAt(NOW);
    assertThat(used.useIsWorthRecording(NOW.plusSeconds(59))).isFalse();
    assertThat(used.useIsWorthRecording(NOW.plus(Duration.ofMinutes(1)))).isTrue();
  }

  @Test
  void revokingTwiceKeepsTheFirstRevocation() {
    ApiKey revoked = key.revoke(NOW);
    assertThat(revoked.isActive()).isFalse();
    assertThat(revoked.revoke(NOW.plusSeconds(5)).revokedAt()).isEqualTo(NOW);
  }

  @Test
  void theOperatorKeyMayBeDisabled() {
    assertThat(OperatorKey.of(null).isEnabled()).isFalse();
    assertThat(OperatorKey.of(" ").matches(KeyHash.of(" "))).isFalse();
    assertThat(OperatorKey.of("op").matches(KeyHash.of("op"))).isTrue();
    assertThat(OperatorKey.of("op").toString()).doesNotContain("op]").contains("enabled");
  }
}
