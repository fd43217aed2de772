package dev.omnichannel.adapters.http.media;

import dev.omnichannel.application.media.MediaFiles;
import dev.omnichannel.domain.media.MediaLinks;
import dev.omnichannel.domain.shared.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A kept file through a signed, expiring link of ours (API.md §11): what a WhatsApp Web gateway
 * fetches when an agent forwards a file. No key: the link's signature is the permission; a link
 * that was altered or has expired is not found.
 */
@Path("/media")
@Tag(name = "Media")
public class SignedMediaResource {

  private final MediaLinks links;
  private final MediaFiles media;
  private final Clock clock;

  SignedMediaResource(MediaLinks links, MediaFiles media, Clock clock) {
    this.links = links;
    this.media = media;
    this.clock = clock;
  }

  @GET
  @Path("/{id}/{name}")
  @Produces("*/*")
  @Operation(
      operationId = "Media_getBySignedLink",
      summary = "A forwarded file, through the signed link the provider was given")
  public Response get(
      @PathParam("id") String id,
      @PathParam("name") String name,
      @Context UriInfo uri,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam("Range") String range) {
    MediaLinks.Linked linked =
        links
            .read(uri.getRequestUri(), clock.instant())
            .filter(l -> l.mediaId().equals(id))
            .orElseThrow(() -> new NotFoundException("media", id));
    return MediaAnswers.of(media, media.describe(linked.account(), id), range, ifNoneMatch);
  }
}
