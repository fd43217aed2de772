package dev.omnichannel.bootstrap.access;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.bootstrap.support.ProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's bodies of §2, §4.3 and §6, as the seed prints them (its session id replaced by a real
 * one), with nothing but an account key: no account header.
 */
@QuarkusTest
class SeedExamplesWithAKeyTest {

  private static final String SEED_SESSION = "64cbbd9596429dbccd7841e5";

  private final WireMockServer gateway = ProviderStub.server();
  private Api api;
  private String session;

  @BeforeEach
  void aConversationOnAGateway() {
    gateway.resetAll();
    gateway.stubFor(get(urlPathEqualTo("/5521977776666/setWebhook")).willReturn(okJson("{}")));
    gateway.stubFor(
        post(urlEqualTo("/5521977776666/send")).willReturn(okJson("{\"id\":\"ww-1\"}")));
    api = Api.newAccount();
    Api.deliver(
            api.webhookChannel(api.whatsAppWebConfig(ProviderStub.baseUrl())),
            Payloads.whatsAppWebMessage("5521988887777", "João", "Qual o horário?", 1659518400)
                .replace("\"timestamp\"", "\"id\":\"message_id_original\",\"timestamp\""))
        .statusCode(200);
    session = api.onlySession();
  }

  private io.restassured.response.ValidatableResponse seed(
      String method, String path, String body) {
    var request = api.authed();
    if (body != null) {
      request = request.body(body.replace(SEED_SESSION, session));
    }
    return request.request(method, path.replace(SEED_SESSION, session)).then();
  }

  @Test
  void section2TextAndMedia() {
    seed(
            "POST",
            "/api/message/send",
            """
            {
            "sessionId": "64cbbd9596429dbccd7841e5",
            "text": "Olá! Como posso ajudá-lo?",
            "agentName": "Atendente Maria"
            }
            """)
        .statusCode(200)
        .body("sessionId", equalTo(session))
        .body("messageId", equalTo("ww-1"));
    seed(
            "POST",
            "/api/message/send",
            """
            {
            "sessionId": "64cbbd9596429dbccd7841e5",
            "mediaUri": "https://s3.amazonaws.com/bucket/imagem.jpg",
            "text": "Confira esta imagem!",
            "agentName": "Atendente Maria"
            }
            """)
        .statusCode(200);
    seed(
            "POST",
            "/api/message/send",
            """
            {
            "sessionId": "64cbbd9596429dbccd7841e5",
            "text": "Contato:\\n👤 João Silva\\n📱 (21) 98888-7777",
            "agentName": "Atendente Maria"
            }
            """)
        .statusCode(200);
    gateway.verify(
        postRequestedFor(urlEqualTo("/5521977776666/send"))
            .withRequestBody(
                equalToJson(
                    "{\"to\":\"5521988887777\",\"text\":\"*Atendente Maria:*\\nOlá! Como posso"
                        + " ajudá-lo?\"}")));
  }

  @Test
  void section4_3QuoteAndSection6TransferGetAndFinish() {
    seed(
            "POST",
            "/api/message/send",
            """
            {
            "sessionId": "64cbbd9596429dbccd7841e5",
            "text": "Respondendo à sua pergunta...",
            "quotedMessage": {
            "id": "message_id_original",
            "message": "Qual o horário de funcionamento?"
            },
            "agentName": "Atendente Maria"
            }
            """)
        .statusCode(200);
    gateway.verify(
        postRequestedFor(urlEqualTo("/5521977776666/send"))
            .withRequestBody(
                equalToJson(
                    "{\"to\":\"5521988887777\",\"text\":\"*Atendente Maria:*\\nRespondendo à"
                        + " sua pergunta...\",\"quotedMessageId\":\"message_id_original\"}")));

    seed(
            "POST",
            "/api/session/transfer/64cbbd9596429dbccd7841e5",
            """
            {
            "params": {
            "platformSlug": "crm",
            "agentId": "agent_123"
            },
            "transferMessage": "Transferindo para o especialista..."
            }
            """)
        .statusCode(200)
        .body("platform", equalTo("crm"))
        .body("agentId", equalTo("agent_123"));
    seed("GET", "/api/session/64cbbd9596429dbccd7841e5", null)
        .statusCode(200)
        .body("status", equalTo("active"))
        .body("type", equalTo("whatsappweb"));
    seed("DELETE", "/api/session/finish/64cbbd9596429dbccd7841e5", null)
        .statusCode(200)
        .body("message", equalTo("Session finished successfully"))
        .body("sessionId", equalTo(session));
  }
}
