package dev.omnichannel.domain.outbound;

import java.util.List;

/**
 * An interactive message (seed §4.4): reply buttons or a list. Checked by {@link
 * InteractiveLimits}.
 */
public sealed interface Interactive {

  String body();

  /** Up to three reply buttons. */
  record Buttons(String body, List<Button> buttons) implements Interactive {
    public Buttons {
      buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }
  }

  /** A menu behind a button label. */
  record ListMenu(String body, String buttonLabel, List<Section> sections) implements Interactive {
    public ListMenu {
      sections = sections == null ? List.of() : List.copyOf(sections);
    }
  }

  record Button(String id, String title) {}

  record Section(String title, List<Row> rows) {
    public Section {
      rows = rows == null ? List.of() : List.copyOf(rows);
    }
  }

  record Row(String id, String title, String description) {}
}
