package dev.omnichannel.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlatformConfigTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");

  @Test
  void aD360ConfigWithoutBaseUrlUsesTheCloudApiHosting() {
    PlatformConfig config =
        PlatformConfig.create(
            "1", ACCOUNT, Provider.D360, "Main", null, null, "key-123", Instant.EPOCH);

    assertThat(config.baseUrl()).isEqualTo(PlatformConfig.D360_DEFAULT_BASE_URL);
    assertThat(config.apiKey()).get().extracting(Object::toString).isEqualTo("Secret[***]");
  }

  @Test
  void aWhatsAppWebConfigNeedsBaseUrlAndClientNumberAndSaysSoAtOnce() {
    assertThatThrownBy(
            () ->
                PlatformConfig.create(
                    "1", ACCOUNT, Provider.WHATSAPP_WEB, "Gw", " ", null, null, Instant.EPOCH))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("baseUrl", "clientNumber"));
  }

  @Test
  void aBaseUrlMustBeHttp() {
    assertThatThrownBy(
            () ->
                PlatformConfig.create(
                    "1", ACCOUNT, Provider.D360, "x", "ftp://host", null, "k", Instant.EPOCH))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void trailingSlashesOfTheBaseUrlAreDropped() {
    PlatformConfig config =
        PlatformConfig.create(
            "1",
            ACCOUNT,
            Provider.WHATSAPP_WEB,
            "Gw",
            "http://gateway:3000/",
            "5521977776666",
            null,
            Instant.EPOCH);

    assertThat(config.baseUrl()).hasToString("http://gateway:3000");
  }
}
