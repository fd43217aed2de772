package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.bson.types.ObjectId;

/** Hands out MongoDB ObjectIds and reads them back. */
@ApplicationScoped
public class ObjectIds implements IdGenerator {

  @Override
  public String newId() {
    return new ObjectId().toHexString();
  }

  /** An id a caller wrote; one that is not an ObjectId names nothing. */
  static Optional<ObjectId> parse(String id) {
    return Ids.isWellFormed(id) ? Optional.of(new ObjectId(id)) : Optional.empty();
  }
}
