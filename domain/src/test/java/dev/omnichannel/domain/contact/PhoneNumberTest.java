package dev.omnichannel.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5521988887777",
        "+55 21 98888-7777",
        "+55 (21) 98888-7777",
        "55.21.98888.7777",
        "(21) 98888-7777",
        "21988887777"
      })
  void writtenAnyWayANumberIsStoredAsE164Digits(String written) {
    assertThat(PhoneNumber.parse(written, "to").digits()).isEqualTo("5521988887777");
  }

  @Test
  void numbersOfOtherCountriesKeepTheirCountryCode() {
    assertThat(PhoneNumber.parse("+1 650-555-1234", "to").digits()).isEqualTo("16505551234");
    assertThat(PhoneNumber.parse("447911123456", "to").digits()).isEqualTo("447911123456");
  }

  @Test
  void theOldEightDigitBrazilianMobileFormIsAccepted() {
    assertThat(PhoneNumber.parse("553187654321", "to").digits()).isEqualTo("553187654321");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "12", "+55 21 9888a-7777", "5521988887777999999", "joao@x"})
  void implausibleInputIsRefusedNamingTheField(String written) {
    assertThatThrownBy(() -> PhoneNumber.parse(written, "contactIdentifier"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_NUMBER");
              assertThat(e.errors())
                  .singleElement()
                  .extracting("field")
                  .isEqualTo("contactIdentifier");
            });
  }

  @Test
  void brazilianNumbersWithAndWithoutTheNinthDigitAreOneIdentity() {
    PhoneNumber withNine = PhoneNumber.parse("5531987654321", "to");
    PhoneNumber withoutNine = PhoneNumber.parse("553187654321", "to");

    assertThat(withNine.sameIdentityAs(withoutNine)).isTrue();
    assertThat(withNine.identityKey()).isEqualTo("553187654321");
  }

  @Test
  void differentAreaCodesOrSubscribersAreDifferentIdentities() {
    PhoneNumber rio = PhoneNumber.parse("5521987654321", "to");

    assertThat(rio.sameIdentityAs(PhoneNumber.parse("5531987654321", "to"))).isFalse();
    assertThat(rio.sameIdentityAs(PhoneNumber.parse("5521987654322", "to"))).isFalse();
  }

  @Test
  void otherCountriesCompareByTheWholeNumber() {
    assertThat(PhoneNumber.parse("16505551234", "to").identityKey()).isEqualTo("16505551234");
  }
}
