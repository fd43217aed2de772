package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.shared.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Ids 000…001, 000…002, … as 24 hex characters. */
public final class SequentialIds implements IdGenerator {

  private final AtomicLong next = new AtomicLong();

  @Override
  public String newId() {
    return String.format("%024x", next.incrementAndGet());
  }
}
