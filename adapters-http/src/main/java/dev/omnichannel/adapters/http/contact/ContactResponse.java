package dev.omnichannel.adapters.http.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.contact.ContactType;
import java.util.List;

/** A contact as seed §1's "Resposta" shows it; fields without a value are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    requiredProperties = {
      "_id",
      "clientIdentifier",
      "channelId",
      "type",
      "channelType",
      "isIgnored",
      "createdAt"
    })
public record ContactResponse(
    @JsonProperty("_id") String id,
    String clientIdentifier,
    String channelId,
    String contactIdentifier,
    String lid,
    String bsuid,
    String username,
    String providerId,
    String name,
    String customName,
    String type,
    String channelType,
    String platform,
    String photo,
    List<String> tagIds,
    @JsonProperty("isIgnored") boolean isIgnored,
    List<String> participants,
    String createdAt,
    String updatedAt) {

  public static ContactResponse of(Contact contact) {
    return of(contact.data());
  }

  public static ContactResponse of(ContactData c) {
    return new ContactResponse(
        c.id(),
        c.clientIdentifier().value(),
        c.channelId(),
        c.identifier().value(),
        c.aliases().lid(),
        c.aliases().bsuid(),
        c.aliases().username(),
        c.providerId(),
        c.name(),
        c.customName(),
        Slugs.of(c.type()),
        c.channelType().slug(),
        c.platform(),
        c.photo(),
        c.tagIds(),
        c.ignored(),
        c.type() == ContactType.GROUP ? c.participants() : null,
        ApiTime.format(c.createdAt()),
        ApiTime.format(c.updatedAt()));
  }
}
