package dev.omnichannel.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://gateway:3000",
        "https://waba-v2.360dialog.io/",
        "http://127.0.0.1:8089",
        "http://10.0.0.5",
        "http://[::1]:8080",
        "http://169.255.0.1"
      })
  void httpUrlsAreTaken(String url) {
    assertThat(OutboundUrl.parse(url, "baseUrl").toString()).doesNotEndWith("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://gateway",
        "file:///etc/passwd",
        "gateway:3000",
        "http://user:secret@gateway",
        "http://169.254.169.254/latest/meta-data",
        "http://2852039166/",
        "http://0xa9.0xfe.0xa9.0xfe/",
        "http://0251.0376.0251.0376/",
        "http://169.254.43518/",
        "http://[fe80::1]/",
        "http://[::ffff:169.254.169.254]/",
        "http:// bad"
      })
  void otherSchemesUserInfoAndLinkLocalHostsAreRefused(String url) {
    assertThatThrownBy(() -> OutboundUrl.parse(url, "baseUrl"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_BASE_URL");
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("baseUrl");
            });
  }
}
