package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Meta's limits for interactive messages (PROVIDERS.md §1.4), checked before anything is sent: 1–3
 * reply buttons with unique titles of at most 20 characters; a list of at most 10 rows in all, row
 * titles ≤ 24, descriptions ≤ 72, button label ≤ 20, section titles ≤ 24; a body of at most 1024.
 */
public final class InteractiveLimits {

  private InteractiveLimits() {}

  public static void check(Interactive interactive) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "interactive.body.text", interactive.body(), 1024, true);
    if (interactive instanceof Interactive.Buttons b) {
      buttons(errors, b);
    } else if (interactive instanceof Interactive.ListMenu l) {
      list(errors, l);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("INVALID_INTERACTIVE", errors);
    }
  }

  private static void buttons(List<FieldError> errors, Interactive.Buttons b) {
    if (b.buttons().isEmpty() || b.buttons().size() > 3) {
      errors.add(new FieldError("interactive.action.buttons", "must hold 1 to 3 buttons"));
    }
    Set<String> titles = new HashSet<>();
    for (int i = 0; i < b.buttons().size(); i++) {
      Interactive.Button button = b.buttons().get(i);
      String at = "interactive.action.buttons[" + i + "].reply";
      text(errors, at + ".id", button.id(), 256, true);
      text(errors, at + ".title", button.title(), 20, true);
      if (button.title() != null && !titles.add(button.title())) {
        errors.add(new FieldError(at + ".title", "must be unique"));
      }
    }
  }

  private static void list(List<FieldError> errors, Interactive.ListMenu l) {
    text(errors, "interactive.action.button", l.buttonLabel(), 20, true);
    if (l.sections().isEmpty() || l.sections().size() > 10) {
      errors.add(new FieldError("interactive.action.sections", "must hold 1 to 10 sections"));
    }
    int rows = 0;
    for (int s = 0; s < l.sections().size(); s++) {
      Interactive.Section section = l.sections().get(s);
      String at = "interactive.action.sections[" + s + "]";
      text(errors, at + ".title", section.title(), 24, l.sections().size() > 1);
      if (section.rows().isEmpty()) {
        errors.add(new FieldError(at + ".rows", "must hold at least one row"));
      }
      for (int r = 0; r < section.rows().size(); r++) {
        Interactive.Row row = section.rows().get(r);
        text(errors, at + ".rows[" + r + "].id", row.id(), 200, true);
        text(errors, at + ".rows[" + r + "].title", row.title(), 24, true);
        text(errors, at + ".rows[" + r + "].description", row.description(), 72, false);
      }
      rows += section.rows().size();
    }
    if (rows > 10) {
      errors.add(new FieldError("interactive.action.sections", "must hold at most 10 rows in all"));
    }
  }

  private static void text(
      List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
    } else if (value.codePointCount(0, value.length()) > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }
}
