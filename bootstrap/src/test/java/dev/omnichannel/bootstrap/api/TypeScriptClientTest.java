package dev.omnichannel.bootstrap.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.ProviderStub;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Secret;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript package {@code @cirrus/omnichannel_api} (clients/typescript) against this running
 * service (issue #13): {@code npm ci} generates it from the OpenAPI document and builds it, then
 * its tests run the seed's §1.1–§1.3 snippets verbatim (so the seed's account, channel and contact
 * ids are made here first) and a whole conversation with signed events. Needs Node.js 18+ and npm;
 * {@code -Dclients.typescript.skip=true} leaves it out.
 */
@QuarkusTest
class TypeScriptClientTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");
  private static final String CHANNEL = "689a05215b711247e8f54022";
  private static final String CONTACT = "68e54649a3744412be5cc107";
  private static final String GATEWAY_ID = "3EB0C767D26A1D0B6FDA";
  private static final Path PACKAGE = Path.of("..", "clients", "typescript").toAbsolutePath();

  @Inject PlatformConfigRepository configs;
  @Inject ChannelRepository channels;
  @Inject ContactRepository contacts;

  @Test
  void theSeedsExamplesRunThroughThePackageAgainstTheService() throws Exception {
    Assumptions.assumeFalse(Boolean.getBoolean("clients.typescript.skip"), "skipped on request");
    WireMockServer gateway = ProviderStub.answering(GATEWAY_ID, "wamid.unused");
    gateway.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/5521977776666/read"))
            .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}")));
    String key =
        Api.operator()
            .body(Map.of("name", "typescript-client"))
            .post("/api/accounts/" + ACCOUNT.value() + "/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    String configId =
        Api.json()
            .header("Authorization", "Bearer " + key)
            .body(
                Map.of(
                    "provider", "whatsappweb",
                    "name", "Gateway",
                    "baseUrl", ProviderStub.baseUrl(),
                    "clientNumber", "5521977776666"))
            .post("/api/accounts/" + ACCOUNT.value() + "/platform-configs")
            .then()
            .statusCode(201)
            .extract()
            .path("_id");
    String token = "ts-" + UUID.randomUUID();
    seedTheSeedsChannelAndContact(configId, token);

    String service = "http://127.0.0.1:" + RestAssured.port;
    npm(List.of("ci", "--no-audit", "--no-fund"), Map.of());
    npm(
        List.of("test"),
        Map.of(
            "OMNICHANNEL_URL", service,
            "OMNICHANNEL_API_KEY", key,
            "OMNICHANNEL_WEBHOOK_URL",
                service
                    + "/api/webhook/whatsappweb/"
                    + configId
                    + "/"
                    + CHANNEL
                    + "?token="
                    + token,
            "OMNICHANNEL_GATEWAY_MESSAGE_ID", GATEWAY_ID));

    // the package's send (seed §2.1) reached the gateway as the service sends it, once
    gateway.verify(
        1,
        postRequestedFor(urlEqualTo("/5521977776666/send"))
            .withRequestBody(
                equalToJson(
                    "{\"to\":\"5521988887777\",\"text\":\"*Atendente Maria:*\\nOlá! Como posso"
                        + " ajudá-lo?\"}")));
    // and its read, the customer's chat
    gateway.verify(
        1,
        postRequestedFor(urlEqualTo("/5521977776666/read"))
            .withRequestBody(equalToJson("{\"chatId\":\"5521988887777\"}")));
  }

  /** The seed's §1.1 channel and §1.2 contact, with the ids the seed prints. */
  private void seedTheSeedsChannelAndContact(String configId, String token) {
    Instant now = Instant.now();
    channels.insert(
        Channel.create(
            CHANNEL,
            configs.find(ACCOUNT, configId).orElseThrow(),
            "Vendas",
            PhoneNumber.parse("5521977776666", "phoneNumber"),
            ChannelType.WHATSAPP,
            "crm",
            true,
            new Secret(token),
            now));
    contacts.insert(
        Contact.create(
            new ContactData(
                CONTACT,
                ACCOUNT,
                CHANNEL,
                ContactIdentifier.person("5521988887777", "contactIdentifier"),
                ContactType.INDIVIDUAL,
                ChannelType.WHATSAPP,
                "João Silva",
                null,
                null,
                null,
                List.of(),
                false,
                List.of(),
                now,
                now,
                null),
            now),
        List.of());
  }

  /** Runs npm in the package; its output goes to target/ and, on failure, into the message. */
  private static void npm(List<String> args, Map<String, String> env)
      throws IOException, InterruptedException {
    Path log = Path.of("target", "typescript-client-" + args.get(0) + ".log").toAbsolutePath();
    List<String> command = new java.util.ArrayList<>();
    command.add("npm");
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(PACKAGE.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process npm;
    try {
      npm = builder.start();
    } catch (IOException e) {
      throw new AssertionError(
          "npm is needed for the TypeScript client's tests (or -Dclients.typescript.skip=true)", e);
    }
    if (!npm.waitFor(10, TimeUnit.MINUTES)) {
      npm.destroyForcibly();
      throw new AssertionError("npm " + args + " took over 10 minutes; see " + log);
    }
    String output = Files.readString(log);
    assertThat(npm.exitValue()).as("npm %s failed (%s):%n%s", args, log, tail(output)).isZero();
  }

  private static String tail(String output) {
    return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
  }
}
