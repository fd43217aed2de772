package dev.omnichannel.domain.shared;

import java.util.regex.Pattern;

/** Ids are 24 lowercase hex characters; anything else cannot name a document. */
public final class Ids {

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

  private Ids() {}

  public static boolean isWellFormed(String id) {
    return id != null && OBJECT_ID.matcher(id).matches();
  }
}
