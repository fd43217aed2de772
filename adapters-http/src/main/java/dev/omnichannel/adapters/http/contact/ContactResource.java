package dev.omnichannel.adapters.http.contact;

import dev.omnichannel.adapters.http.PageResponse;
import dev.omnichannel.adapters.http.QueryParams;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.contact.CreateContactCommand;
import dev.omnichannel.application.contact.CreateContactUseCase;
import dev.omnichannel.application.contact.FindContactsQuery;
import dev.omnichannel.application.contact.UpdateContactCommand;
import dev.omnichannel.application.contact.UpdateContactUseCase;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactQuery;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.contact.SearchText;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.PageRequest;
import dev.omnichannel.domain.shared.SortOrder;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Contacts of an account (API.md §2, seed §1). */
@Path("/api/accounts/{clientIdentifier}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Contact")
public class ContactResource {

  private final CurrentCaller caller;

  private final CreateContactUseCase create;
  private final UpdateContactUseCase update;
  private final FindContactsQuery find;

  ContactResource(
      CreateContactUseCase create,
      UpdateContactUseCase update,
      FindContactsQuery find,
      CurrentCaller caller) {
    this.caller = caller;
    this.create = create;
    this.update = update;
    this.find = find;
  }

  @POST
  @ResponseStatus(201)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactResponse.class)))
  @Operation(operationId = "Contact_create", summary = "Create a contact (seed §1.1)")
  public ContactResponse create(
      @PathParam("clientIdentifier") String clientIdentifier,
      @Valid @NotNull CreateContactRequest body) {
    ClientIdentifier account = account(clientIdentifier, body.clientIdentifier());
    return ContactResponse.of(
        create.create(
            new CreateContactCommand(
                account,
                body.channelId(),
                body.contactIdentifier(),
                Slugs.contactType(body.type()),
                Slugs.channelType(body.channelType()),
                body.name(),
                body.customName(),
                body.platform(),
                body.photo(),
                body.tagIds(),
                Boolean.TRUE.equals(body.isIgnored()),
                body.participants())));
  }

  @PATCH
  @Path("/{contactId}")
  @Operation(
      operationId = "Contact_update",
      summary = "Change some fields of a contact (seed §1.2)")
  public ContactResponse update(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("contactId") String contactId,
      @Valid @NotNull UpdateContactRequest body) {
    ClientIdentifier account = account(clientIdentifier, body.clientIdentifier());
    if (body.contactId() != null && !body.contactId().equals(contactId)) {
      throw new InvalidInputException("contactId", "differs from the contact in the path");
    }
    return ContactResponse.of(
        update.update(
            new UpdateContactCommand(
                account,
                contactId,
                Optional.ofNullable(body.contactIdentifier()),
                Optional.ofNullable(body.name()),
                Optional.ofNullable(body.customName()),
                Optional.ofNullable(body.platform()),
                Optional.ofNullable(body.photo()),
                Optional.ofNullable(body.tagIds()),
                Optional.ofNullable(body.isIgnored()))));
  }

  @GET
  @Path("/{contactId}")
  @Operation(operationId = "Contact_getById", summary = "Get one contact")
  public ContactResponse get(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("contactId") String contactId) {
    return ContactResponse.of(find.get(caller.reach(clientIdentifier), contactId));
  }

  @GET
  @Operation(
      operationId = "Contact_get",
      summary = "List contacts, filtered and paged (seed §1.3)",
      description =
          "name matches name or customName ignoring case and accents; tagIds (a,b or repeated)"
              + " matches contacts holding all of them; ordered by createdAt.")
  public PageResponse<ContactResponse> list(
      @PathParam("clientIdentifier") String clientIdentifier,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @Parameter(schema = @Schema(enumeration = {"asc", "desc"})) @QueryParam("order") String order,
      @Parameter(schema = @Schema(enumeration = {"individual", "group"})) @QueryParam("type")
          String type,
      @Parameter(schema = @Schema(enumeration = {"whatsapp", "facebook", "instagram", "telegram"}))
          @QueryParam("channelType")
          String channelType,
      @QueryParam("name") String name,
      @QueryParam("contactIdentifier") String contactIdentifier,
      @QueryParam("tagIds") List<String> tagIds) {
    ClientIdentifier account = caller.reach(clientIdentifier);
    QueryParams params = new QueryParams();
    SortOrder sortOrder = params.oneOf("order", order, Slugs.orders());
    ContactType contactType = params.oneOf("type", type, Slugs.all(ContactType.class));
    ChannelType channel = params.oneOf("channelType", channelType, Slugs.all(ChannelType.class));
    String identityKey =
        params.read(
            params.text("contactIdentifier", contactIdentifier, 128),
            raw -> ContactIdentifier.infer(raw).identityKey());
    String nameSearch = params.text("name", name, MAX_SEARCH);
    List<String> tags = params.values("tagIds", tagIds, 20, 64);
    PageRequest pageRequest = params.page(page, limit, sortOrder);
    params.check();
    return PageResponse.of(
        find.search(
            new ContactQuery(
                account,
                pageRequest,
                contactType,
                channel,
                nameSearch == null ? null : SearchText.fold(nameSearch),
                identityKey,
                tags)),
        ContactResponse::of);
  }

  /** A name search longer than any name is a mistake or an attack, not a search. */
  static final int MAX_SEARCH = 256;

  /** The path names the account; a body that names another is refused. */
  private ClientIdentifier account(String path, String body) {
    ClientIdentifier account = caller.reach(path);
    if (body != null && !ClientIdentifier.of(body).equals(account)) {
      throw new InvalidInputException("clientIdentifier", "differs from the account in the path");
    }
    return account;
  }
}
