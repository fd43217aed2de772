package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An approved WhatsApp template (seed §4.5): its name, language and the body's variables in order.
 * Templates may be sent outside the 24-hour window.
 */
public record Template(String name, String language, List<String> variables) {

  public static final String DEFAULT_LANGUAGE = "pt_BR";
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");

  public Template {
    language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    variables = variables == null ? List.of() : List.copyOf(variables);
    List<FieldError> errors = new ArrayList<>();
    if (name == null || !NAME.matcher(name).matches()) {
      errors.add(new FieldError("template", "must be a template name (lower case, digits, _)"));
    }
    if (!LANGUAGE.matcher(language).matches()) {
      errors.add(new FieldError("language", "must be a language code such as pt_BR"));
    }
    for (int i = 0; i < variables.size(); i++) {
      if (variables.get(i) == null || variables.get(i).isBlank()) {
        errors.add(new FieldError("templateVariables[" + i + "]", "must not be blank"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("VALIDATION_FAILED", errors);
    }
  }
}
