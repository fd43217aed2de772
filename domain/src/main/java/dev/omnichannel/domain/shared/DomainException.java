package dev.omnichannel.domain.shared;

import java.util.Map;

/**
 * A refusal the domain explains: a stable machine {@code code}, a broad {@link Category} that an
 * inbound adapter turns into its protocol's status, and the data that explains it.
 */
public abstract class DomainException extends RuntimeException {

  /** What kind of refusal this is, independent of any protocol. */
  public enum Category {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    UNPROCESSABLE,
    UNAUTHORIZED,
    UPSTREAM_FAILURE,
    UPSTREAM_UNAVAILABLE,
    RATE_LIMITED
  }

  private final String code;
  private final Category category;

  protected DomainException(Category category, String code, String message) {
    super(message, null, false, false);
    this.category = category;
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Category category() {
    return category;
  }

  /** A short human title for the code. */
  public abstract String title();

  /** Extra members that explain the refusal (e.g. {@code existingId}); never secrets. */
  public Map<String, Object> details() {
    return Map.of();
  }
}
