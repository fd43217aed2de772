package dev.omnichannel.application.access;

import dev.omnichannel.domain.access.Caller;
import java.util.Optional;

/** Tells who a presented API key names: the operator, an account, or no one. */
public interface AuthenticateCallerUseCase {

  /** Empty for an unknown or revoked key. */
  Optional<Caller> authenticate(String presentedKey);
}
