package dev.omnichannel.adapters.http.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.domain.outbound.ContactCard;
import dev.omnichannel.domain.outbound.Interactive;
import dev.omnichannel.domain.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The seed's {@code interactive} (§2.7 contacts, §4.4 buttons and lists), read into the domain. */
public record InteractiveRequest(
    @NotBlank
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
            enumeration = {"button", "list", "contacts"})
        @Pattern(regexp = "button|list|contacts", message = "must be button, list or contacts")
        String type,
    @Valid Body body,
    @Valid Action action,
    @Size(max = 10) List<@NotNull @Valid Card> contacts) {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InteractiveBody")
  public record Body(@Size(max = 4096) String text) {}

  public record Action(
      @Size(max = 10) List<@NotNull @Valid ButtonRequest> buttons,
      @Size(max = 256) String button,
      @Size(max = 10) List<@NotNull @Valid Section> sections) {}

  public record ButtonRequest(@Size(max = 16) String type, @Valid Reply reply) {}

  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InteractiveReply")
  public record Reply(@Size(max = 256) String id, @Size(max = 256) String title) {}

  public record Section(
      @Size(max = 256) String title, @Size(max = 10) List<@NotNull @Valid Row> rows) {}

  public record Row(
      @Size(max = 256) String id,
      @Size(max = 256) String title,
      @Size(max = 1024) String description) {}

  public record Card(@Valid Name name, @Size(max = 20) List<@NotNull @Valid Phone> phones) {}

  public record Name(
      @JsonProperty("first_name") @Size(max = 256) String firstName,
      @JsonProperty("last_name") @Size(max = 256) String lastName,
      @JsonProperty("formatted_name") @Size(max = 256) String formattedName) {}

  /** A card's number: digits with the usual punctuation, as a person would write it. */
  public record Phone(
      @Size(max = 32)
          @Pattern(regexp = "[+0-9 ().-]*", message = "must be a phone number (digits, + ( ) - .)")
          String phone,
      @Size(max = 16) String type,
      @JsonProperty("wa_id") @Size(max = 32) @Pattern(regexp = "[0-9]*", message = "must be digits")
          String waId) {}

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
