package dev.omnichannel.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Operators read what each metric is, and histograms cost a few series, not ~70 (issue #13). */
@QuarkusTest
class MetricsHelpTest {

  @Test
  void everyOmnichannelMetricHasHelpAndTimersHaveAFewBuckets() {
    Api api = Api.newAccount();
    Api.deliver(api.whatsAppWebChannel(), Payloads.seedWhatsAppWebMessage()).statusCode(200);

    String metrics =
        RestAssured.given()
            .accept("text/plain")
            .get("/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(metrics)
        .contains("# HELP omnichannel_inbound_messages_total Items providers delivered")
        .contains("# HELP omnichannel_webhook_handling_seconds How long a provider's webhook");
    assertThat(
            Arrays.stream(metrics.split("\n"))
                .filter(l -> l.startsWith("# HELP omnichannel_"))
                .filter(l -> l.split(" ", 4).length < 4 || l.split(" ", 4)[3].isBlank()))
        .isEmpty();
    long buckets =
        Arrays.stream(metrics.split("\n"))
            .filter(l -> l.startsWith("omnichannel_webhook_handling_seconds_bucket{"))
            .filter(l -> l.contains("provider=\"whatsappweb\""))
            .count();
    assertThat(buckets).isBetween(2L, 10L);
  }
}
