package dev.omnichannel.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.fakes.InMemoryApiKeys;
import dev.omnichannel.application.fakes.SequentialIds;
import dev.omnichannel.application.fakes.TestClock;
import dev.omnichannel.domain.access.Caller;
import dev.omnichannel.domain.access.OperatorKey;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessServiceTest {

  private static final ClientIdentifier A =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");
  private static final ClientIdentifier B =
      ClientIdentifier.of("0b7e3c1a-1111-4222-8333-444455556666");

  private final InMemoryApiKeys keys = new InMemoryApiKeys();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-25T10:00:00Z"));
  private final AccessService access =
      new AccessService(keys, OperatorKey.of("the-operator"), new SequentialIds(), clock);

  @Test
  void aCreatedKeyNamesItsAccountAndIsStoredAsAHash() {
    var created = access.create(A, "crm-production");

    assertThat(access.authenticate(created.value())).contains(Caller.of(created.key()));
    assertThat(access.authenticate("Bearer-less " + created.value())).isEmpty();
    assertThat(keys.list(A))
        .singleElement()
        .satisfies(k -> assertThat(k.name()).isEqualTo("crm-production"));
    assertThat(keys.list(A).get(0).toString()).doesNotContain(created.value());
  }

  @Test
  void theOperatorKeyNamesTheOperator() {
    assertThat(access.authenticate("the-operator"))
        .hasValueSatisfying(c -> assertThat(c.isOperator()).isTrue());
    assertThat(access.authenticate("")).isEmpty();
    assertThat(access.authenticate(null)).isEmpty();
  }

  @Test
  void aRevokedKeyNamesNoOne() {
    var created = access.create(A, "crm");
    access.revoke(A, created.key().id());

    assertThat(access.authenticate(created.value())).isEmpty();
    assertThat(access.list(A).get(0).revokedAt()).isEqualTo(clock.instant());
  }

  @Test
  void anotherAccountsKeyCannotBeRevoked() {
    var created = access.create(A, "crm");

    assertThatThrownBy(() -> access.revoke(B, created.key().id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(access.authenticate(created.value())).isPresent();
  }

  @Test
  void usesAreWrittenDownAtMostOnceAMinute() {
    var created = access.create(A, "crm");

    access.authenticate(created.value());
    clock.advance(Duration.ofSeconds(30));
    access.authenticate(created.value());
    clock.advance(Duration.ofSeconds(31));
    access.authenticate(created.value());

    assertThat(keys.recordedUses)
        .containsExactly(
            Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:01:01Z"));
  }
}
