package dev.omnichannel.adapters.http.contact;

import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.media.ProfilePhotoService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contact's profile photo (seed §4.1, §7; WhatsApp Web only). */
@Path("/api/accounts/{clientIdentifier}/contacts/{contactId}/photo")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Contact")
public class ContactPhotoResource {

  private final ProfilePhotoService photos;
  private final CurrentCaller caller;

  ContactPhotoResource(ProfilePhotoService photos, CurrentCaller caller) {
    this.photos = photos;
    this.caller = caller;
  }

  @POST
  @Path("/refresh")
  @Operation(
      operationId = "Contact_refreshPhoto",
      summary = "Fetch the contact's profile photo again (at most once a day)",
      description =
          "202: the photo is fetched from the gateway and kept; the contact's photo becomes"
              + " /api/media/{id} unless an agent set one. 422 UNSUPPORTED_CAPABILITY on 360dialog.")
  public Response refresh(
      @PathParam("clientIdentifier") String clientIdentifier,
      @PathParam("contactId") String contactId) {
    photos.refresh(caller.reach(clientIdentifier), contactId);
    return Response.accepted(Map.of("contactId", contactId, "status", "pending")).build();
  }
}
