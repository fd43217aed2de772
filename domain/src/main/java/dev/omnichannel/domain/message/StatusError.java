package dev.omnichannel.domain.message;

/**
 * Why a provider says a message failed (API.md §10), e.g. {@code 131047 "Re-engagement message"}
 * with its detail. Each part is bounded: it comes from outside and is shown as it came.
 */
public record StatusError(String code, String title, String detail) {

  private static final int LIMIT = 1024;

  public StatusError {
    code = cut(code);
    title = cut(title);
    detail = cut(detail);
  }

  private static String cut(String value) {
    return value == null || value.length() <= LIMIT ? value : value.substring(0, LIMIT);
  }
}
