package dev.omnichannel.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.omnichannel.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactApiTest {

  private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  private Api api;
  private String channelId;

  @BeforeEach
  void anAccountWithAChannel() {
    api = Api.newAccount();
    channelId = api.channelWithoutProvider();
  }

  private Map<String, Object> seedCreateExample() {
    Map<String, Object> body = new HashMap<>();
    body.put("contactIdentifier", "5521988887777");
    body.put("name", "João Silva");
    body.put("channelId", channelId);
    body.put("channelType", "whatsapp");
    body.put("type", "individual");
    body.put("platform", "whatsappweb");
    return body;
  }

  @Test
  void theSeedsCreateExampleAnswersAsItsResposta() {
    api.post("/contacts", seedCreateExample())
        .statusCode(201)
        .body("_id", matchesPattern("[0-9a-f]{24}"))
        .body("contactIdentifier", equalTo("5521988887777"))
        .body("name", equalTo("João Silva"))
        .body("channelId", equalTo(channelId))
        .body("channelType", equalTo("whatsapp"))
        .body("type", equalTo("individual"))
        .body("platform", equalTo("whatsappweb"))
        .body("clientIdentifier", equalTo(api.account()))
        .body("createdAt", matchesPattern(ISO_MILLIS))
        .body("$", not(hasKey("customName")));
  }

  @Test
  void aCreatedContactCanBeReadBack() {
    String id = api.post("/contacts", seedCreateExample()).extract().path("_id");

    api.get("/contacts/" + id)
        .statusCode(200)
        .body("_id", equalTo(id))
        .body("name", equalTo("João Silva"))
        .body("isIgnored", equalTo(false))
        .body("tagIds", emptyIterable());
  }

  @Test
  void theSeedsUpdateExampleChangesOnlyWhatItNames() {
    String id = api.post("/contacts", seedCreateExample()).extract().path("_id");

    api.patch(
            "/contacts/" + id,
            Map.of(
                "clientIdentifier",
                api.account(),
                "contactId",
                id,
                "customName",
                "Nome Modificado",
                "platform",
                "karoochatnew"))
        .statusCode(200)
        .body("customName", equalTo("Nome Modificado"))
        .body("platform", equalTo("karoochatnew"))
        .body("name", equalTo("João Silva"))
        .body("contactIdentifier", equalTo("5521988887777"));

    api.get("/contacts/" + id).body("customName", equalTo("Nome Modificado"));
  }

  @Test
  void anUpdateCanIgnoreAContactAndTagIt() {
    String id = api.contact(channelId, "5521988887777", "João");

    api.patch("/contacts/" + id, Map.of("isIgnored", true, "tagIds", List.of("vip", "b2b")))
        .statusCode(200)
        .body("isIgnored", equalTo(true))
        .body("tagIds", contains("vip", "b2b"));
  }

  @Test
  void aSecondContactWithTheSameNumberIsAConflictNamingTheFirst() {
    String id = api.contact(channelId, "5521988887777", "João");

    api.post("/contacts", seedCreateExample())
        .statusCode(409)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("CONTACT_EXISTS"))
        .body("existingId", equalTo(id));
  }

  @Test
  void aNumberWrittenDifferentlyOrWithoutTheNinthDigitIsTheSameContact() {
    String id = api.contact(channelId, "5531987654321", "Maria");

    for (String sameNumber : List.of("+55 (31) 98765-4321", "553187654321", "+55 31 8765-4321")) {
      Map<String, Object> body = seedCreateExample();
      body.put("contactIdentifier", sameNumber);
      api.post("/contacts", body).statusCode(409).body("existingId", equalTo(id));
    }
  }

  @Test
  void changingANumberIntoAnotherContactsNumberIsAConflict() {
    String first = api.contact(channelId, "5521988887777", "João");
    String second = api.contact(channelId, "5521955554444", "Ana");

    api.patch("/contacts/" + second, Map.of("contactIdentifier", "+55 21 98888-7777"))
        .statusCode(409)
        .body("existingId", equalTo(first));
  }

  @Test
  void theSameNumberOnAnotherChannelIsAnotherContact() {
    String otherChannel = api.channelWithoutProvider();
    api.contact(channelId, "5521988887777", "João");

    api.contact(otherChannel, "5521988887777", "João");
  }

  @Test
  void aGroupKeepsItsIdentifierAndParticipants() {
    Map<String, Object> body = seedCreateExample();
    body.put("type", "group");
    body.put("contactIdentifier", "5521977776666-group");
    body.put("name", "Grupo de Vendas");
    body.put("participants", List.of("5521988887777", "+55 21 95555-4444"));

    api.post("/contacts", body)
        .statusCode(201)
        .body("contactIdentifier", equalTo("5521977776666-group"))
        .body("type", equalTo("group"))
        .body("participants", contains("5521988887777", "5521955554444"));
  }

  @Test
  void aNumberThatIsNotPlausibleIsRefused() {
    Map<String, Object> body = seedCreateExample();
    body.put("contactIdentifier", "12ab");

    api.post("/contacts", body)
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("INVALID_NUMBER"))
        .body("errors.field", contains("contactIdentifier"));
  }

  @Test
  void onlyWhatsappChannelsAreServedForNow() {
    Map<String, Object> body = seedCreateExample();
    body.put("channelType", "telegram");

    api.post("/contacts", body)
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("channelType"));
  }

  @Test
  void aBodyNamingAnotherAccountIsRefused() {
    Map<String, Object> body = seedCreateExample();
    body.put("clientIdentifier", Api.newAccount().account());

    api.post("/contacts", body).statusCode(400).body("errors.field", contains("clientIdentifier"));
  }

  @Test
  void aChannelOfAnotherAccountCannotBeUsed() {
    Api other = Api.newAccount();
    Map<String, Object> body = seedCreateExample();

    other.post("/contacts", body).statusCode(404).body("code", equalTo("CHANNEL_NOT_FOUND"));
  }

  @Test
  void anotherAccountsContactIsNotFound() {
    String id = api.contact(channelId, "5521988887777", "João");
    Api other = Api.newAccount();

    other.get("/contacts/" + id).statusCode(404).body("code", equalTo("CONTACT_NOT_FOUND"));
    other
        .patch("/contacts/" + id, Map.of("customName", "x"))
        .statusCode(404)
        .body("code", equalTo("CONTACT_NOT_FOUND"));
    api.get("/contacts/" + id).body("customName", equalTo(null));
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() {
    api.get("/contacts/0123456789abcdef01234567").statusCode(404);
    api.get("/contacts/not-an-id").statusCode(404).contentType(Api.PROBLEM_JSON);
  }

  @Test
  void thePathsContactIdMustMatchTheBodys() {
    String id = api.contact(channelId, "5521988887777", "João");

    api.patch("/contacts/" + id, Map.of("contactId", "0123456789abcdef01234567"))
        .statusCode(400)
        .body("errors.field", contains("contactId"));
  }

  @Test
  void aContactListedByAnotherAccountIsNotThere() {
    api.contact(channelId, "5521988887777", "João");

    Api.newAccount().get("/contacts").statusCode(200).body("total", equalTo(0));
  }

  @Test
  void listingFiltersByNameIgnoringCaseAndAccentsOverNameAndCustomName() {
    api.contact(channelId, "5521988887777", "João Silva");
    String ana = api.contact(channelId, "5521955554444", "Ana");
    api.patch("/contacts/" + ana, Map.of("customName", "Ána da JOÃOzinha"));
    api.contact(channelId, "5521944443333", "Pedro");

    api.get("/contacts?name=joao")
        .statusCode(200)
        .body("total", equalTo(2))
        .body("data.name", containsInAnyOrder("João Silva", "Ana"));
    api.get("/contacts?name=" + "(mercearia").body("total", equalTo(0));
  }

  @Test
  void listingFiltersByTypeIdentifierAndAllTags() {
    String joao = api.contact(channelId, "5531987654321", "João");
    String ana = api.contact(channelId, "5521955554444", "Ana");
    api.patch("/contacts/" + joao, Map.of("tagIds", List.of("vip", "b2b")));
    api.patch("/contacts/" + ana, Map.of("tagIds", List.of("vip")));

    api.get("/contacts?tagIds=vip,b2b").body("data._id", contains(joao));
    api.get("/contacts?tagIds=vip&tagIds=b2b").body("data._id", contains(joao));
    api.get("/contacts?tagIds=vip").body("total", equalTo(2));
    api.get("/contacts?contactIdentifier=553187654321").body("data._id", contains(joao));
    api.get("/contacts?type=group").body("total", equalTo(0));
    api.get("/contacts?type=individual&channelType=whatsapp").body("total", equalTo(2));
  }

  @Test
  void listingPagesInCreationOrder() {
    String first = api.contact(channelId, "5521900000001", "C1");
    String second = api.contact(channelId, "5521900000002", "C2");
    String third = api.contact(channelId, "5521900000003", "C3");

    api.get("/contacts?page=1&limit=2&order=asc")
        .body("data._id", contains(first, second))
        .body("page", equalTo(1))
        .body("limit", equalTo(2))
        .body("total", equalTo(3))
        .body("totalPages", equalTo(2));
    api.get("/contacts?page=2&limit=2&order=asc").body("data._id", contains(third));
    api.get("/contacts").body("data._id", contains(third, second, first));
  }

  @Test
  void badListingParametersAreAllReportedAtOnce() {
    api.get("/contacts?page=0&limit=101&order=up&type=person&channelType=sms")
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", containsInAnyOrder("page", "limit", "order", "type", "channelType"));
    api.get("/contacts?page=abc").statusCode(400).body("errors.field", contains("page"));
  }
}
