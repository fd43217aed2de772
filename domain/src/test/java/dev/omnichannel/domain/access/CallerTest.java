package dev.omnichannel.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallerTest {

  private static final ClientIdentifier A =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");
  private static final ClientIdentifier B =
      ClientIdentifier.of("0b7e3c1a-1111-4222-8333-444455556666");

  private final Caller ofA =
      Caller.of(ApiKey.issue("k1", A, "crm", ApiKeySecret.generate(), Instant.EPOCH));

  @Test
  void anAccountKeyReachesItsOwnAccountOnly() {
    assertThat(ofA.reach(A)).isEqualTo(A);
    assertThatThrownBy(() -> ofA.reach(B))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(B.value());
  }

  @Test
  void theOperatorReachesEveryAccount() {
    assertThat(Caller.operator().reach(B)).isEqualTo(B);
    assertThat(Caller.operator().isOperator()).isTrue();
  }

  @Test
  void onPathsWithoutAnAccountTheKeyNamesIt() {
    assertThat(ofA.accountFor(null)).isEqualTo(A);
    assertThat(ofA.accountFor(A.value().toUpperCase())).isEqualTo(A);
    assertThatThrownBy(() -> ofA.accountFor(B.value())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theOperatorMustNameTheAccountInTheHeader() {
    assertThat(Caller.operator().accountFor(B.value())).isEqualTo(B);
    assertThatThrownBy(() -> Caller.operator().accountFor(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Caller.ACCOUNT_HEADER);
    assertThatThrownBy(() -> ofA.accountFor("not-a-uuid"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Caller.ACCOUNT_HEADER);
  }
}
