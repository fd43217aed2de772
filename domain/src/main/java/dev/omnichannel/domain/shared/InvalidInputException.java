package dev.omnichannel.domain.shared;

import java.util.List;

/** Input that breaks a domain rule; lists every offending field. */
public class InvalidInputException extends DomainException {

  private final List<FieldError> errors;

  public InvalidInputException(String code, List<FieldError> errors) {
    super(Category.INVALID_INPUT, code, summary(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this("VALIDATION_FAILED", List.of(new FieldError(field, message)));
  }

  private static String summary(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
