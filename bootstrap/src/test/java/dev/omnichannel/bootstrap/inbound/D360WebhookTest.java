package dev.omnichannel.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.domain.message.Direction;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class D360WebhookTest {

  @Inject MessageRepository messages;

  private Api api;
  private WebhookChannel channel;

  @BeforeEach
  void aChannel() {
    api = Api.newAccount();
    channel = api.d360Channel();
  }

  @Test
  void theSeedsFlatMessageIsStoredWithTheProfileName() {
    Api.deliver(channel, Payloads.seedD360Message()).statusCode(200).body("stored", equalTo(1));

    api.get("/contacts?contactIdentifier=5521988887777")
        .body("data[0].name", equalTo("João Silva"));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data[0].messageId", equalTo(Payloads.SEED_WAMID))
        .body("data[0].text", equalTo("Olá, preciso de ajuda"))
        .body("data[0].kind", equalTo("text"));
    api.asAccount().get("/api/session/" + api.onlySession()).then().body("type", equalTo("d360"));
  }

  @Test
  void theCloudApiEnvelopeIsReadToo() {
    Api.deliver(channel, Payloads.cloudMessage("wamid.cloud1", "5521955554444", "Maria", "Oi"))
        .statusCode(200)
        .body("stored", equalTo(1));

    api.get("/contacts?contactIdentifier=5521955554444").body("data[0].name", equalTo("Maria"));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data[0].messageId", equalTo("wamid.cloud1"))
        .body("data[0].text", equalTo("Oi"));
  }

  @Test
  void theSameProviderIdIsStoredOnce() {
    Api.deliver(channel, Payloads.seedD360Message()).body("stored", equalTo(1));
    Api.deliver(channel, Payloads.seedD360Message())
        .body("stored", equalTo(0))
        .body("duplicates", equalTo(1));
  }

  @Test
  void aNumberWithoutTheNinthDigitIsTheContactAlreadyThere() {
    String contactId = api.contact(channel.channelId(), "5531987654321", "Maria");

    Api.deliver(channel, Payloads.d360Message("wamid.9", "553187654321", "Maria", "Oi"))
        .statusCode(200);

    api.get("/contacts")
        .body("total", equalTo(1))
        .body("data[0]._id", equalTo(contactId))
        .body("data[0].contactIdentifier", equalTo("5531987654321"))
        .body("data[0].providerId", equalTo("553187654321"));
    api.asAccount()
        .get("/api/session/" + api.onlySession())
        .then()
        .body("contactId", equalTo(contactId));
  }

  @Test
  void mediaRepliesAndQuotesKeepWhatTheyCarry() {
    Api.deliver(
            channel,
            """
            {"messages":[
              {"id":"wamid.img","from":"5521988887777","timestamp":"1659518400","type":"image",
               "image":{"id":"1003383421387256","mime_type":"image/jpeg","caption":"Foto"}},
              {"id":"wamid.btn","from":"5521988887777","timestamp":"1659518401","type":"interactive",
               "context":{"from":"5521977776666","id":"wamid.ours"},
               "interactive":{"type":"button_reply","button_reply":{"id":"opcao_1","title":"Opção 1"}}}]}
            """)
        .statusCode(200)
        .body("stored", equalTo(2));

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data.kind", contains("image", "interactive"))
        .body("data[0].mediaUri", equalTo("d360-media:1003383421387256"))
        .body("data[0].text", equalTo("Foto"))
        .body("data[1].text", equalTo("Opção 1"))
        .body("data[1].quotedMessageId", equalTo("wamid.ours"));
  }

  @Test
  void statusesMoveASentMessageForwardOnly() {
    String wamid = "wamid.out-" + new ObjectId();
    storeSentMessage(wamid);

    Api.deliver(channel, Payloads.d360Status(wamid, "delivered")).statusCode(200);
    assertThat(statusOf(wamid)).isEqualTo("delivered");
    Api.deliver(channel, Payloads.d360Status(wamid, "sent")).statusCode(200);
    assertThat(statusOf(wamid)).isEqualTo("delivered");
    Api.deliver(channel, Payloads.d360Status(wamid, "read")).statusCode(200);
    Api.deliver(channel, Payloads.d360Status(wamid, "delivered")).statusCode(200);
    assertThat(statusOf(wamid)).isEqualTo("read");
    Api.deliver(channel, Payloads.d360Status(wamid, "failed")).statusCode(200);
    assertThat(statusOf(wamid)).isEqualTo("failed");
  }

  @Test
  void aStatusThatArrivesFirstIsAppliedWhenItsMessageIsStored() {
    String wamid = "wamid.early-" + new ObjectId();
    Api.deliver(channel, Payloads.d360Status(wamid, "read"))
        .statusCode(200)
        .body("statuses", equalTo(1));

    storeSentMessage(wamid);

    assertThat(statusOf(wamid)).isEqualTo("read");
  }

  @Test
  void statusesInTheCloudEnvelopeAreApplied() {
    String wamid = "wamid.cloudstatus-" + new ObjectId();
    storeSentMessage(wamid);

    Api.deliver(
            channel,
            """
            {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
              "statuses":[{"id":"%s","status":"failed","timestamp":"1749416400",
                           "recipient_id":"5521988887777","errors":[{"code":131047}]}]}}]}]}
            """
                .formatted(wamid))
        .statusCode(200);

    assertThat(statusOf(wamid)).isEqualTo("failed");
  }

  @Test
  void onlyAnUnknownShapeIsRefusedAndAnUnreadableItemIsSkippedAlone() {
    Api.deliver(channel, "{}").statusCode(400).body("code", equalTo("UNKNOWN_EVENT"));
    Api.deliver(channel, "{\"messages\":{}}").statusCode(400);
    // API.md §10: an item without id or sender is skipped (WARN, counted); its neighbour is kept.
    Api.deliver(
            channel,
            """
            {"messages":[{"type":"text","timestamp":"x"},
                         {"id":"wamid.kept","from":"5521988887777","type":"text",
                          "text":{"body":"ainda aqui"},"timestamp":"1700000000"}]}
            """)
        .statusCode(200)
        .body("stored", equalTo(1))
        .body("skipped", equalTo(1));
    // a value no conversion fits skips its own message only
    Api.deliver(
            channel,
            """
            {"messages":[{"id":"wamid.odd","from":"5521988887777","type":"location",
                          "location":{"latitude":"abc","longitude":{}},"timestamp":"1700000001"},
                         {"id":"wamid.kept-2","from":"5521988887777","type":"text",
                          "text":{"body":"segue"},"timestamp":"1700000002"}]}
            """)
        .statusCode(200)
        .body("stored", equalTo(1))
        .body("skipped", equalTo(1));
    Api.deliver(channel, "{\"statuses\":[{\"status\":\"read\"}]}")
        .statusCode(200)
        .body("statuses", equalTo(0));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data.messageId", contains("wamid.kept", "wamid.kept-2"));
  }

  @Test
  void longValuesAreCutAndMarkedNeverRefused() {
    String name = "N".repeat(300);
    String text = "t".repeat(70_000);

    Api.deliver(channel, Payloads.d360Message("wamid.long", "5521988887777", name, text))
        .statusCode(200)
        .body("stored", equalTo(1));

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages")
        .then()
        .body("data[0].text.length()", equalTo(65_536))
        .body("data[0].truncated", equalTo(true));
    api.get("/contacts").body("data[0].name.length()", equalTo(256));
  }

  @Test
  void contactsOrErrorsAloneAreAcknowledged() {
    Api.deliver(
            channel, "{\"contacts\":[{\"profile\":{\"name\":\"X\"},\"wa_id\":\"5521911112222\"}]}")
        .statusCode(200)
        .body("stored", equalTo(0));
  }

  private void storeSentMessage(String wamid) {
    Api.deliver(channel, Payloads.seedD360Message());
    String sessionId = api.onlySession();
    String contactId =
        api.asAccount().get("/api/session/" + sessionId).then().extract().path("contactId");
    Message sent =
        Message.builder()
            .id(new ObjectId().toHexString())
            .clientIdentifier(ClientIdentifier.of(api.account()))
            .sessionId(sessionId)
            .channelId(channel.channelId())
            .contactId(contactId)
            .messageId(wamid)
            .direction(Direction.OUT)
            .kind(MessageKind.TEXT)
            .text("Olá! Como posso ajudá-lo?")
            .agentName("Atendente Maria")
            .status(MessageStatus.SENT)
            .sentAt(Instant.now())
            .createdAt(Instant.now())
            .build();
    assertThat(messages.insertIfAbsent(sent)).isTrue();
    messages.applyKeptStatuses(channel.channelId(), wamid);
  }

  private String statusOf(String wamid) {
    return api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages?limit=100")
        .then()
        .extract()
        .<String>path("data.find { it.messageId == '" + wamid + "' }.status");
  }
}
