package dev.omnichannel.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasesTest {

  private static final String BSUID = "BR.13491208655302741918";

  @Test
  void aPersonWithoutAPhoneIsFoundByTheIdentityTheyCameBy() {
    assertThat(Aliases.of(ContactIdentifier.person("123456789012345@lid", "from")).identities())
        .containsExactly("123456789012345@lid");
    assertThat(Aliases.of(ContactIdentifier.person(BSUID, "from")).identities())
        .containsExactly(BSUID);
    assertThat(Aliases.of(ContactIdentifier.person("5521988887777", "from")).isEmpty()).isTrue();
  }

  @Test
  void anImportLinksEveryIdentityItCarriesAndTheUsernameIsNoIdentity() {
    ContactImport both =
        importOf(
            ContactIdentifier.person("5521966665555", "from"), new Aliases(null, BSUID, "@duda"));

    assertThat(both.refresh().aliases().bsuid()).isEqualTo(BSUID);
    assertThat(both.refresh().aliases().username()).isEqualTo("@duda");
    assertThat(both.refresh().aliases().identities()).containsExactly(BSUID);
  }

  @Test
  void anImportAddressedToALinkedContactKeepsThatContactsAddress() {
    ContactImport byBsuid = importOf(ContactIdentifier.person(BSUID, "from"), null);

    ContactImport linked = byBsuid.as(ContactIdentifier.person("5521966665555", "from"));

    assertThat(linked.identifier().value()).isEqualTo("5521966665555");
    assertThat(linked.refresh().providerId()).isEmpty();
    assertThat(linked.refresh().aliases().bsuid()).isEqualTo(BSUID);
  }

  private static ContactImport importOf(ContactIdentifier identifier, Aliases aliases) {
    return new ContactImport(
        ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34"),
        "channel-1",
        identifier,
        ContactType.INDIVIDUAL,
        ChannelType.WHATSAPP,
        "Duda",
        List.of(),
        identifier.value(),
        aliases);
  }
}
