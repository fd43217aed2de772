package dev.omnichannel.adapters.http.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.domain.outbound.ContactCard;
import dev.omnichannel.domain.outbound.Interactive;
import dev.omnichannel.domain.shared.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The seed's {@code interactive} (§2.7 contacts, §4.4 buttons and lists), read into the domain. */
public record InteractiveRequest(
    @NotBlank
        @Pattern(regexp = "button|list|contacts", message = "must be button, list or contacts")
        String type,
    Body body,
    Action action,
    List<Card> contacts) {

  public record Body(String text) {}

  public record Action(List<ButtonRequest> buttons, String button, List<Section> sections) {}

  public record ButtonRequest(String type, Reply reply) {}

  public record Reply(String id, String title) {}

  public record Section(String title, List<Row> rows) {}

  public record Row(String id, String title, String description) {}

  public record Card(Name name, List<Phone> phones) {}

  public record Name(
      @JsonProperty("first_name") String firstName,
      @JsonProperty("last_name") String lastName,
      @JsonProperty("formatted_name") String formattedName) {}

  public record Phone(String phone, String type, @JsonProperty("wa_id") String waId) {}

  /** The buttons or list, or {@code null} for contacts. */
  Interactive toInteractive() {
    String text = body == null ? null : body.text();
    List<ButtonRequest> buttons =
        action == null || action.buttons() == null ? List.of() : action.buttons();
    return switch (type) {
      case "button" ->
          new Interactive.Buttons(
              text,
              buttons.stream()
                  .map(
                      b ->
                          b.reply() == null
                              ? new Interactive.Button(null, null)
                              : new Interactive.Button(b.reply().id(), b.reply().title()))
                  .toList());
      case "list" ->
          new Interactive.ListMenu(
              text,
              action == null ? null : action.button(),
              action == null || action.sections() == null
                  ? List.of()
                  : action.sections().stream()
                      .map(
                          s ->
                              new Interactive.Section(
                                  s.title(),
                                  s.rows() == null
                                      ? List.of()
                                      : s.rows().stream()
                                          .map(
                                              r ->
                                                  new Interactive.Row(
                                                      r.id(), r.title(), r.description()))
                                          .toList()))
                      .toList());
      default -> null;
    };
  }

  /** The contact cards, or {@code null} for buttons and lists. */
  List<ContactCard> toContacts() {
    if (!"contacts".equals(type)) {
      return null;
    }
    if (contacts == null) {
      throw new InvalidInputException("interactive.contacts", "is required for type contacts");
    }
    return contacts.stream()
        .map(
            c ->
                new ContactCard(
                    c.name() == null ? null : c.name().formattedName(),
                    c.name() == null ? null : c.name().firstName(),
                    c.name() == null ? null : c.name().lastName(),
                    c.phones() == null
                        ? List.of()
                        : c.phones().stream()
                            .map(p -> new ContactCard.Phone(p.phone(), p.type(), p.waId()))
                            .toList()))
        .toList();
  }
}
