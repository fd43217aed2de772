package dev.omnichannel.domain.media;

/** Where a customer's file is: being fetched from the provider, kept, or given up on. */
public enum MediaStatus {
  PENDING,
  STORED,
  FAILED
}
