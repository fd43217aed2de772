package dev.omnichannel.adapters.http.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The API's tags in the order a user meets them, each a class of a generated client ({@code
 * ContactApi}, …); operation ids are {@code Tag_method} so a generator told to drop the prefix
 * gives {@code ContactApi.create} (issue #13).
 */
final class ApiTags {

  private ApiTags() {}

  static List<Tag> inTheOrderMet() {
    return List.of(
        tag("Access", "API keys: who calls, for which account"),
        tag("ProviderConnection", "A WhatsApp Web gateway or a 360dialog account"),
        tag("Channel", "A WhatsApp number on a provider connection"),
        tag("Contact", "People and groups an account talks to (seed §1)"),
        tag("Session", "Conversations, the inbox, read receipts and typing (seed §6)"),
        tag("Message", "Sending every kind of message (seed §2–§4)"),
        tag("Media", "Files customers sent, as kept (API.md §11)"),
        tag("Platform", "Where events are pushed, signed (API.md §9)"),
        tag("Event", "The event feed and its live stream (API.md §9)"),
        tag("Webhook", "What providers call: not for agents' applications"));
  }

  private static Tag tag(String name, String description) {
    return OASFactory.createTag().name(name).description(description);
  }
}
