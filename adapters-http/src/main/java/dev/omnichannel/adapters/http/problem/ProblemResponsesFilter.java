package dev.omnichannel.adapters.http.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the problem answers of every operation in the OpenAPI document, from the codes each one
 * may answer ({@link OperationProblems}, {@link ProblemCodes}). A filter rather than
 * {@code @APIResponse} annotations: those would replace the success responses SmallRye derives from
 * the methods. It runs when the application is built: the document it makes is served as is, and
 * start-up does not build it again.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
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

  /**
   * The operation's problem answers, one per status, each naming its codes; the codes also go in
   * {@code x-problem-codes}. An operation missing from {@link OperationProblems} gets neither (and
   * {@code OpenApiTest} fails).
   */
  private static void addProblems(String path, Operation op) {
    java.util.List<String> own = OperationProblems.BY_OPERATION.get(op.getOperationId());
    if (own == null) {
      return;
    }
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    boolean body = op.getRequestBody() != null;
    if (body || (op.getParameters() != null && !op.getParameters().isEmpty())) {
      codes.add("VALIDATION_FAILED");
    }
    if (body) {
      codes.add("MALFORMED_JSON");
    }
    if (!path.startsWith("/api/webhook/") && !path.startsWith("/media/")) {
      codes.add("UNAUTHENTICATED");
    }
    if (path.contains("{clientIdentifier}")) {
      codes.add("ACCOUNT_NOT_FOUND");
    }
    codes.addAll(own);
    Map<Integer, java.util.List<String>> byStatus = new java.util.TreeMap<>();
    codes.forEach(
        code -> {
          ProblemCodes.Code known = ProblemCodes.ALL.get(code);
          if (known != null) {
            byStatus
                .computeIfAbsent(known.status(), s -> new java.util.ArrayList<>())
                .add(code + ": " + known.meaning());
          }
        });
    byStatus.forEach(
        (status, lines) ->
            op.getResponses()
                .addAPIResponse(
                    String.valueOf(status),
                    OASFactory.createAPIResponse()
                        .description(String.join("; ", lines))
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(REF))))));
    op.addExtension("x-problem-codes", new java.util.ArrayList<>(codes));
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
