package dev.omnichannel.adapters.http.session;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shared contact card, for the OpenAPI document only: cards are kept whole as the provider sent
 * them (the Cloud API's {@code contacts} objects), so these are the members a client can rely on;
 * others may be present.
 */
@Schema(name = "ContactCard", description = "a shared contact card, as the provider sent it")
public record ContactCardSchema(
    CardName name,
    List<CardPhone> phones,
    List<CardEmail> emails,
    CardOrg org,
    List<CardUrl> urls,
    String birthday) {

  /** The person's name. */
  @Schema(name = "ContactCardName")
  public record CardName(
      String formatted_name, String first_name, String last_name, String middle_name) {}

  /** A number; {@code wa_id} when it has WhatsApp. */
  @Schema(name = "ContactCardPhone")
  public record CardPhone(String phone, String type, String wa_id) {}

  /** An e-mail address. */
  @Schema(name = "ContactCardEmail")
  public record CardEmail(String email, String type) {}

  /** Where the person works. */
  @Schema(name = "ContactCardOrg")
  public record CardOrg(String company, String department, String title) {}

  /** A web address. */
  @Schema(name = "ContactCardUrl")
  public record CardUrl(String url, String type) {}
}
