package dev.omnichannel.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.contact.WhatsAppAddress.Kind;
import dev.omnichannel.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WhatsAppAddressTest {

  @ParameterizedTest
  @CsvSource({
    "5521988887777, PHONE, 5521988887777",
    "5521988887777@c.us, PHONE, 5521988887777",
    "5521988887777@s.whatsapp.net, PHONE, 5521988887777",
    "5521988887777:6@s.whatsapp.net, PHONE, 5521988887777",
    "552188887777@C.US, PHONE, 552188887777",
    "123456789012345@lid, LID, 123456789012345@lid",
    "123456789012345:12@lid, LID, 123456789012345@lid",
    "120363025246125486@g.us, GROUP, 120363025246125486@g.us",
    "5521999990000-1600000000@g.us, GROUP, 5521999990000-1600000000@g.us",
    "5521977776666-group, GROUP, 5521977776666-group",
    "US.13491208655302741918, BSUID, US.13491208655302741918",
    "BR.ENT.11815799212886844830, BSUID, BR.ENT.11815799212886844830"
  })
  void everyFormAProviderWritesIsRead(String raw, Kind kind, String value) {
    WhatsAppAddress address = WhatsAppAddress.parse(raw, "from");

    assertThat(address.kind()).isEqualTo(kind);
    assertThat(address.value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"status@broadcast", "1234@newsletter", "abc@lid", "x@g.us", "@c.us2"})
  void whatIsNoPersonOrGroupIsRefusedNamingTheField(String raw) {
    assertThatThrownBy(() -> WhatsAppAddress.parse(raw, "from"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("from");
  }

  @Test
  void aPersonIsAddressedByPhoneWhenKnownElseByLidOrBsuid() {
    assertThat(ContactIdentifier.person("5521988887777:3@s.whatsapp.net", "from").value())
        .isEqualTo("5521988887777");
    // the ninth-digit rule holds across JID forms
    assertThat(ContactIdentifier.person("552188887777@c.us", "from").identityKey())
        .isEqualTo(ContactIdentifier.person("5521988887777", "from").identityKey());
    ContactIdentifier lid = ContactIdentifier.person("123456789012345@lid", "from");
    assertThat(lid.value()).isEqualTo("123456789012345@lid");
    assertThat(lid.phoneNumber()).isEmpty();
    assertThat(lid.identityKey()).isEqualTo("123456789012345@lid");
    assertThat(ContactIdentifier.person("US.13491208655302741918", "from").value())
        .isEqualTo("US.13491208655302741918");
    assertThatThrownBy(() -> ContactIdentifier.person("120363025246125486@g.us", "from"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aStoredLidOrBsuidContactIsRestoredAsItWasWritten() {
    assertThat(ContactIdentifier.of(ContactType.INDIVIDUAL, "123456789012345@lid").value())
        .isEqualTo("123456789012345@lid");
    assertThat(ContactIdentifier.infer("US.13491208655302741918").value())
        .isEqualTo("US.13491208655302741918");
    assertThat(ContactIdentifier.infer("120363025246125486@g.us").phoneNumber()).isEmpty();
  }
}
