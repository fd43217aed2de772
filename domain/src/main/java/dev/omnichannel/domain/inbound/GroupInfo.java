package dev.omnichannel.domain.inbound;

import java.util.List;

/** The group a message was written in, as the provider describes it (seed §1.2). */
public record GroupInfo(String id, String name, List<String> participants) {

  public GroupInfo {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
