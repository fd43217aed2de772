package dev.omnichannel.domain.message;

/** Whether the customer wrote it ({@code IN}) or an agent sent it ({@code OUT}). */
public enum Direction {
  IN,
  OUT
}
