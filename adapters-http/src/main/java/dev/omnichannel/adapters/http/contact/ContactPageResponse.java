package dev.omnichannel.adapters.http.contact;

import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.shared.Page;
import java.util.List;

/** One page of contacts (seed §1.3). */
public record ContactPageResponse(
    List<ContactResponse> data, int page, int limit, long total, long totalPages) {

  public static ContactPageResponse of(Page<Contact> page) {
    return new ContactPageResponse(
        page.data().stream().map(ContactResponse::of).toList(),
        page.page(),
        page.limit(),
        page.total(),
        page.totalPages());
  }
}
