package dev.omnichannel.domain.platform;

/** What a platform hears of: the sessions it serves, or everything of the account. */
public enum PlatformScope {
  SESSIONS,
  ACCOUNT
}
