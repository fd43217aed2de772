package dev.omnichannel.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Tracing ships off (issue #13): the SDK is disabled, so spans go nowhere until an operator sets
 * {@code QUARKUS_OTEL_SDK_DISABLED=false} and an endpoint ({@link TracingEnabledTest}).
 */
@QuarkusTest
class TracingTest {

  @Test
  void theShippedConfigurationLeavesTheSdkDisabled() {
    assertThat(ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class))
        .isTrue();
  }
}
