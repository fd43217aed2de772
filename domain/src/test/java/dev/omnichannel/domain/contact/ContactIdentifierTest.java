package dev.omnichannel.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContactIdentifierTest {

  @Test
  void anIndividualIsAddressedByItsNormalizedNumber() {
    ContactIdentifier id = ContactIdentifier.of(ContactType.INDIVIDUAL, "+55 21 98888-7777");

    assertThat(id.value()).isEqualTo("5521988887777");
    assertThat(id.phoneNumber()).isPresent();
  }

  @Test
  void aGroupKeepsTheProvidersIdAsItIs() {
    ContactIdentifier id = ContactIdentifier.of(ContactType.GROUP, "5521977776666-group");

    assertThat(id.value()).isEqualTo("5521977776666-group");
    assertThat(id.identityKey()).isEqualTo("5521977776666-group");
    assertThat(id.phoneNumber()).isEmpty();
  }

  @Test
  void withoutATypeANumberIsReadAsANumberAndAnythingElseAsAGroup() {
    assertThat(ContactIdentifier.infer("+55 (31) 8765-4321").identityKey())
        .isEqualTo("553187654321");
    assertThat(ContactIdentifier.infer("5521977776666-group").phoneNumber()).isEmpty();
  }

  @Test
  void aGroupIdWithSpacesIsRefused() {
    assertThatThrownBy(() -> ContactIdentifier.of(ContactType.GROUP, "my group"))
        .isInstanceOf(InvalidInputException.class);
  }
}
