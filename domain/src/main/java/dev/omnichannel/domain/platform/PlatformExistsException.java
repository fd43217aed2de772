package dev.omnichannel.domain.platform;

import dev.omnichannel.domain.shared.DomainException;
import java.util.Map;

/** The account has a platform of that slug already. */
public class PlatformExistsException extends DomainException {

  private final String slug;

  public PlatformExistsException(String slug) {
    super(
        Category.CONFLICT, "PLATFORM_EXISTS", "The account has a platform '" + slug + "' already");
    this.slug = slug;
  }

  @Override
  public String title() {
    return "Platform exists";
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("slug", slug);
  }
}
