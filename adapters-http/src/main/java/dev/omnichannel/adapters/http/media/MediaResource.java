package dev.omnichannel.adapters.http.media;

import dev.omnichannel.adapters.http.security.ApiSecurity;
import dev.omnichannel.adapters.http.security.CurrentCaller;
import dev.omnichannel.application.media.MediaFiles;
import dev.omnichannel.domain.access.Caller;
import dev.omnichannel.domain.media.MediaFile;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A kept file's bytes (API.md §11): the caller's account's only, streamed, with {@code ETag} (its
 * SHA-256), {@code If-None-Match} and one {@code Range}.
 */
@Path("/api/media")
@Authenticated
@SecurityRequirement(name = ApiSecurity.SCHEME)
@Tag(name = "Media")
public class MediaResource {

  private final MediaFiles media;
  private final CurrentCaller caller;

  MediaResource(MediaFiles media, CurrentCaller caller) {
    this.media = media;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @Produces("*/*")
  @Operation(
      operationId = "Media_getById",
      summary = "A file a customer sent, as kept (API.md §11)",
      description =
          "200 with the bytes, 206 for one Range, 304 when If-None-Match names its ETag, 409"
              + " MEDIA_PENDING while it is being fetched, 404 for another account's.")
  public Response get(
      @HeaderParam(Caller.ACCOUNT_HEADER) String account,
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam("Range") String range) {
    MediaFile file = media.describe(caller.accountFor(account), id);
    return MediaAnswers.of(media, file, range, ifNoneMatch);
  }
}
