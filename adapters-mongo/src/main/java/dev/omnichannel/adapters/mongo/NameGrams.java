package dev.omnichannel.adapters.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The three-letter pieces of folded names. A name search's text occurs in a name only if each of
 * its pieces does, so a search reads the contacts that have pieces of its text (an index on {@code
 * nameGrams}) and matches the whole text on those alone.
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
   * The pieces a search for {@code folded} reads by: the first of each of its words of three
   * letters or more (the contacts having them all), or, when it has no such word, its first piece;
   * none for a text shorter than a piece. Every one is a piece of any name the text occurs in.
   */
  static List<String> probes(String folded) {
    if (folded == null || folded.length() < SIZE) {
      return List.of();
    }
    TreeSet<String> probes = new TreeSet<>();
    for (String word : folded.split("\\s+")) {
      if (word.length() >= SIZE) {
        probes.add(word.substring(0, SIZE));
      }
    }
    return probes.isEmpty() ? List.of(folded.substring(0, SIZE)) : new ArrayList<>(probes);
  }
}
