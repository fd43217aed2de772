package dev.omnichannel.adapters.http.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the problem answers of every {@code /api} operation in the OpenAPI document. A filter
 * rather than {@code @APIResponse} annotations: those would replace the success responses SmallRye
 * derives from the methods.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    openApi.getComponents().addSchema("Problem", problemSchema());
    // the raw generic page is never referenced: only its typed forms (PageResponseContactResponse…)
    openApi.getComponents().removeSchema("PageResponse");
    openApi.setTags(ApiTags.inTheOrderMet());
    openApi.setServers(
        java.util.List.of(
            OASFactory.createServer()
                .url("http://localhost:8080")
                .description("A local run; in production, the service's OMNICHANNEL_PUBLIC_URL")));
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/") || path.startsWith("/media/")) {
                item.getOperations().values().forEach(op -> addProblems(path, op));
              }
              item.getOperations().values().forEach(ProblemResponsesFilter::typePaging);
              // what needs no key says so: provider webhooks (their token), signed media links
              if (path.startsWith("/api/webhook/") || path.startsWith("/media/")) {
                item.getOperations()
                    .values()
                    .forEach(op -> op.setSecurity(new java.util.ArrayList<>()));
              }
            });
  }

  /**
   * {@code page} and {@code limit} are read as text (so a bad value gets the service's own problem,
   * not the framework's) but are integers to a client: say so once, here.
   */
  private static void typePaging(Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    op.getParameters().stream()
        .filter(p -> "page".equals(p.getName()) || "limit".equals(p.getName()))
        .forEach(
            p ->
                p.setSchema(
                    OASFactory.createSchema()
                        .addType(
                            org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(
                            "limit".equals(p.getName())
                                ? java.math.BigDecimal.valueOf(
                                    dev.omnichannel.domain.shared.PageRequest.MAX_LIMIT)
                                : null)));
  }

  private static void addProblems(String path, Operation op) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put(
        "400",
        "Invalid input: VALIDATION_FAILED (every offending field), MALFORMED_JSON, INVALID_NUMBER");
    answers.put("404", "Unknown id, or another account's: <RESOURCE>_NOT_FOUND");
    if (path.startsWith("/api/webhook/")) {
      answers.put("401", "INVALID_WEBHOOK_TOKEN: the channel's token is missing or wrong");
    }
    if (path.startsWith("/api/session") || path.startsWith("/api/message")) {
      answers.put("409", "SESSION_FINISHED, or REQUEST_IN_PROGRESS for a repeated Idempotency-Key");
    }
    if (path.startsWith("/api/message")) {
      answers.put(
          "422",
          "UNSUPPORTED_CAPABILITY (provider, capability), CAPTION_NOT_SUPPORTED, WINDOW_CLOSED");
      answers.put("429", "RATE_LIMITED, with Retry-After");
      answers.put("502", "PROVIDER_UNAVAILABLE, PROVIDER_AUTH_FAILED or PROVIDER_ERROR");
      answers.put("503", "CONNECTION_CLOSED: the WhatsApp Web session is closed");
    }
    if (path.contains("/contacts")) {
      answers.put("409", "CONTACT_EXISTS, with existingId");
    }
    if (path.contains("/channels/")) {
      answers.put("422", "UNSUPPORTED_CAPABILITY: the provider cannot do it (seed §7)");
      answers.put("502", "PROVIDER_UNAVAILABLE, PROVIDER_AUTH_FAILED or PROVIDER_ERROR");
      answers.put("503", "CONNECTION_CLOSED: the WhatsApp Web session is closed");
    }
    answers.forEach(
        (status, description) -> {
          if (op.getResponses().getAPIResponse(status) == null
              || op.getResponses().getAPIResponse(status).getContent() == null) {
            op.getResponses()
                .addAPIResponse(
                    status,
                    OASFactory.createAPIResponse()
                        .description(description)
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(REF)))));
          }
        });
  }

  private static Schema problemSchema() {
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", string)
            .addProperty("message", string)
            .required(java.util.List.of("field", "message"));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem; some codes add members (existingId, provider, capability)")
        .addProperty("type", string)
        .addProperty("title", string)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty(
            "code",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("stable machine code, e.g. CONTACT_EXISTS"))
        .addProperty("detail", string)
        .addProperty(
            "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
        .required(java.util.List.of("type", "title", "status", "code"));
  }
}
