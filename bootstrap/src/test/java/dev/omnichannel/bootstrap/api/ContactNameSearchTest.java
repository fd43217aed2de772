package dev.omnichannel.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Payloads;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contacts by name read by the pieces of their names (issue #11): whichever way a name is written —
 * a provider's delivery, a rename by the provider, an agent's custom name — the search finds it,
 * and a name given up is not found any more.
 */
@QuarkusTest
class ContactNameSearchTest {

  @Inject MongoClient mongo;

  private final Api api = Api.newAccount();
  private Api.WebhookChannel channel;

  @BeforeEach
  void theStoredContactsHaveTheirPieces() {
    // the first start gives the contacts stored before the pieces theirs, in the background
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mongo
                        .getDatabase("omnichannel")
                        .getCollection("migrations")
                        .find(Filters.eq("_id", "contact-name-grams"))
                        .first()
                    != null);
    channel = api.whatsAppWebChannel();
  }

  private void writes(String name, String text) {
    Api.deliver(channel, Payloads.whatsAppWebMessage("5521988887777", name, text, 1_700_000_000L))
        .statusCode(200);
  }

  @Test
  void aNameFromADeliveryARenameAndACustomNameAreFoundByAnyPartOfThem() {
    writes("Maria Souza", "Olá");
    api.get("/contacts?name=souza").statusCode(200).body("data.name", contains("Maria Souza"));

    writes("Maria Oliveira", "Sou eu de novo");
    api.get("/contacts?name=oliveira").body("data.name", contains("Maria Oliveira"));
    api.get("/contacts?name=souza").body("total", equalTo(0));

    String id = api.get("/contacts?name=maria").extract().path("data[0]._id");
    api.patch("/contacts/" + id, Map.of("customName", "Mercearia do Zé")).statusCode(200);
    api.get("/contacts?name=MERCEARIA").body("data._id", contains(id));
    api.get("/contacts?name=ze").body("data._id", contains(id));
    api.get("/contacts?name=mercado").body("total", equalTo(0));
  }
}
