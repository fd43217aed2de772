package dev.omnichannel.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapabilitiesTest {

  /** The seed's §7 table, row by row. */
  @ParameterizedTest(name = "{0}: whatsappweb={1}, d360={2}")
  @CsvSource({
    "TEXT_MESSAGES, true, true",
    "MEDIA, true, true",
    "DOCUMENTS, true, true",
    "STICKERS, true, true",
    "GROUP_MESSAGES, true, false",
    "TEMPLATES, false, true",
    "INTERACTIVE_BUTTONS, false, true",
    "INTERACTIVE_LISTS, false, true",
    "STRUCTURED_CONTACTS, false, true",
    "TYPING_INDICATOR, true, false",
    "DELETE_MESSAGES, true, false",
    "NUMBER_VALIDATION, true, false",
    "PROFILE_PHOTO, true, false"
  })
  void theTableOfTheSeed(Capability capability, boolean whatsappWeb, boolean d360) {
    assertThat(Capabilities.supports(Provider.WHATSAPP_WEB, capability)).isEqualTo(whatsappWeb);
    assertThat(Capabilities.supports(Provider.D360, capability)).isEqualTo(d360);
  }

  @ParameterizedTest
  @CsvSource({"D360, NUMBER_VALIDATION", "WHATSAPP_WEB, TEMPLATES"})
  void requireRefusesWhatAProviderLacksNamingBoth(Provider provider, Capability capability) {
    assertThatThrownBy(() -> Capabilities.require(provider, capability))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("UNSUPPORTED_CAPABILITY");
              assertThat(e.details())
                  .isEqualTo(Map.of("provider", provider.slug(), "capability", capability.slug()));
            });
  }

  @ParameterizedTest
  @CsvSource({"WHATSAPP_WEB, NUMBER_VALIDATION", "D360, TEMPLATES"})
  void requireLetsThroughWhatAProviderCanDo(Provider provider, Capability capability) {
    assertThatCode(() -> Capabilities.require(provider, capability)).doesNotThrowAnyException();
  }
}
