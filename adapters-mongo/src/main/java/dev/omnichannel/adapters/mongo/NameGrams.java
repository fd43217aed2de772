package dev.omnichannel.adapters.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The three-letter pieces of folded names. A name search's text occurs in a name only if each of
 * its pieces does, so a search reads the contacts that have one piece of its text (an index on
 * {@code nameGrams}) and matches the whole text on those alone.
 */
final class NameGrams {

  static final int SIZE = 3;

  private NameGrams() {}

  /** Every piece of the folded names given (nulls skipped), sorted, once each. */
  static List<String> of(String... folded) {
    TreeSet<String> grams = new TreeSet<>();
    for (String text : folded) {
      if (text != null) {
        for (int i = 0; i + SIZE <= text.length(); i++) {
          grams.add(text.substring(i, i + SIZE));
        }
      }
    }
    return new ArrayList<>(grams);
  }

  /**
   * The piece a search for {@code folded} reads by: the first of its longest word (a word's letters
   * are rarer together than a piece across a space); none for a text shorter than a piece.
   */
  static Optional<String> probe(String folded) {
    if (folded == null || folded.length() < SIZE) {
      return Optional.empty();
    }
    String longest = "";
    for (String word : folded.split("\\s+")) {
      if (word.length() > longest.length()) {
        longest = word;
      }
    }
    return Optional.of(
        longest.length() >= SIZE ? longest.substring(0, SIZE) : folded.substring(0, SIZE));
  }
}
