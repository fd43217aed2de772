package dev.omnichannel.domain.shared;

import java.util.Locale;

/**
 * Something the caller named does not exist for the caller's account. Another account's id is
 * answered the same way, so ids leak nothing across tenants.
 */
public class NotFoundException extends DomainException {

  public NotFoundException(String resource, String id) {
    super(
        Category.NOT_FOUND,
        resource.toUpperCase(Locale.ROOT).replace(' ', '_') + "_NOT_FOUND",
        "No " + resource + " with id '" + id + "'");
  }

  @Override
  public String title() {
    return "Not found";
  }
}
