package dev.omnichannel.domain.shared;

/** Direction of a listing by creation time. */
public enum SortOrder {
  ASC,
  DESC
}
