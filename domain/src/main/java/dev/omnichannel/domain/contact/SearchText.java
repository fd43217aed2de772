package dev.omnichannel.domain.contact;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for searching: lower case, accents removed, so {@code joao} finds {@code João}. */
public final class SearchText {

  private SearchText() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim();
  }
}
