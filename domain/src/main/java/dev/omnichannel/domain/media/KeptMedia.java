package dev.omnichannel.domain.media;

/**
 * What a message shows of the file we keep for it (API.md §11): its id (for {@code
 * /api/media/{id}}), status, and once stored its size and SHA-256 (lowercase hex).
 */
public record KeptMedia(String id, MediaStatus status, Long size, String sha256) {

  public static KeptMedia pending(String id) {
    return new KeptMedia(id, MediaStatus.PENDING, null, null);
  }

  public String url() {
    return "/api/media/" + id;
  }
}
