package dev.omnichannel.bootstrap.inbound;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionApiTest {

  private Api api;
  private WebhookChannel channel;

  @BeforeEach
  void aConversation() {
    api = Api.newAccount();
    channel = api.whatsAppWebChannel();
    Api.deliver(channel, Payloads.seedWhatsAppWebMessage()).statusCode(200);
  }

  @Test
  void finishingAnswersAsTheSeedAndTheSecondTimeIsAConflict() {
    String sessionId = api.onlySession();

    api.asAccount()
        .delete("/api/session/finish/" + sessionId)
        .then()
        .statusCode(200)
        .body("message", equalTo("Session finished successfully"))
        .body("sessionId", equalTo(sessionId));
    api.asAccount()
        .get("/api/session/" + sessionId)
        .then()
        .body("status", equalTo("finished"))
        .body("finishedAt", matchesPattern("\\d{4}-.*Z"));
    api.asAccount()
        .delete("/api/session/finish/" + sessionId)
        .then()
        .statusCode(409)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("SESSION_FINISHED"));
  }

  @Test
  void theNextMessageAfterAFinishOpensANewSession() {
    String first = api.onlySession();
    api.asAccount().delete("/api/session/finish/" + first).then().statusCode(200);

    Api.deliver(
        channel, Payloads.whatsAppWebMessage("5521988887777", "João Silva", "Voltei", 1659519999));

    api.get("/sessions?status=active")
        .body("total", equalTo(1))
        .body("data[0]._id", not(equalTo(first)));
    api.get("/sessions").body("total", equalTo(2));
    api.get("/sessions?status=finished").body("data._id", contains(first));
  }

  @Test
  void moreMessagesOfTheContactJoinItsActiveSessionInOrder() {
    Api.deliver(
        channel, Payloads.whatsAppWebMessage("5521988887777", "João Silva", "segunda", 1659518460));
    Api.deliver(
        channel,
        Payloads.whatsAppWebMessage("5521988887777", "João Silva", "terceira", 1659518520));

    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages?limit=2")
        .then()
        .body("total", equalTo(3))
        .body("totalPages", equalTo(2))
        .body("data.text", contains("Olá, preciso de ajuda", "segunda"));
    api.asAccount()
        .get("/api/session/" + api.onlySession() + "/messages?page=2&limit=2")
        .then()
        .body("data.text", contains("terceira"));
  }

  @Test
  void theInboxFiltersByChannelContactAndPlatform() {
    String sessionId = api.onlySession();
    String contactId =
        api.asAccount().get("/api/session/" + sessionId).then().extract().path("contactId");

    api.get("/sessions?channelId=" + channel.channelId()).body("data._id", contains(sessionId));
    api.get("/sessions?contactId=" + contactId).body("data._id", contains(sessionId));
    api.get("/sessions?platform=crm").body("data._id", contains(sessionId));
    api.get("/sessions?platform=other").body("total", equalTo(0));
    api.get("/sessions?status=closed&page=0")
        .statusCode(400)
        .body("errors.field", contains("status", "page"));
  }

  @Test
  void anotherAccountCannotSeeOrFinishTheSession() {
    String sessionId = api.onlySession();
    Api other = Api.newAccount();

    other.asAccount().get("/api/session/" + sessionId).then().statusCode(404);
    other.asAccount().get("/api/session/" + sessionId + "/messages").then().statusCode(404);
    other
        .asAccount()
        .delete("/api/session/finish/" + sessionId)
        .then()
        .statusCode(404)
        .body("code", equalTo("SESSION_NOT_FOUND"));
    other.get("/sessions").body("total", equalTo(0));
    api.asAccount().get("/api/session/" + sessionId).then().body("status", equalTo("active"));
  }

  @Test
  void theOperatorNamesTheAccountInTheHeader() {
    String sessionId = api.onlySession();

    Api.operator()
        .get("/api/session/" + sessionId)
        .then()
        .statusCode(400)
        .body("errors.field", contains("X-Client-Identifier"));
    Api.operator()
        .header("X-Client-Identifier", "nope")
        .get("/api/session/" + sessionId)
        .then()
        .statusCode(400);
    Api.operator()
        .header("X-Client-Identifier", api.account())
        .get("/api/session/" + sessionId)
        .then()
        .statusCode(200)
        .body("_id", equalTo(sessionId));
    api.authed()
        .header("X-Client-Identifier", Api.newAccount().account())
        .get("/api/session/" + sessionId)
        .then()
        .statusCode(404);
  }

  @Test
  void aSessionOfAContactWithoutPlatformTakesTheChannelsDefault() {
    api.asAccount()
        .get("/api/session/" + api.onlySession())
        .then()
        .body("platform", equalTo("crm"))
        .body("agentId", nullValue());
  }
}
