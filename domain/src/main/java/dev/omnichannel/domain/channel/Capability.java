package dev.omnichannel.domain.channel;

/** One line of the seed's §7 table: something a provider may or may not do. */
public enum Capability {
  TEXT_MESSAGES("text-messages"),
  MEDIA("media"),
  DOCUMENTS("documents"),
  STICKERS("stickers"),
  GROUP_MESSAGES("group-messages"),
  TEMPLATES("templates"),
  INTERACTIVE_BUTTONS("interactive-buttons"),
  INTERACTIVE_LISTS("interactive-lists"),
  STRUCTURED_CONTACTS("structured-contacts"),
  TYPING_INDICATOR("typing-indicator"),
  DELETE_MESSAGES("delete-messages"),
  NUMBER_VALIDATION("number-validation"),
  PROFILE_PHOTO("profile-photo"),
  /** Telling the customer their messages were read (seed §4.2). */
  READ_RECEIPTS("read-receipts");

  private final String slug;

  Capability(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }
}
