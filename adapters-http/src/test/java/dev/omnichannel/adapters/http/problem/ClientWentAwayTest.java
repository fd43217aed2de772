package dev.omnichannel.adapters.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up mid-request is not an error of ours (it was logged as one, under load).
 */
class ClientWentAwayTest {

  @Test
  void aClosedConnectionAnywhereInTheChainIsTheClientGoingAway() {
    assertThat(
            ProblemMappers.clientWentAway(
                new IOException(new IOException(new HttpClosedException("Connection was closed")))))
        .isTrue();
    assertThat(ProblemMappers.clientWentAway(new IOException(new ClosedChannelException())))
        .isTrue();
  }

  @Test
  void anythingElseIsStillAnUnexpectedFailure() {
    assertThat(ProblemMappers.clientWentAway(new IllegalStateException("boom"))).isFalse();
    assertThat(ProblemMappers.clientWentAway(new IOException("disk full"))).isFalse();
  }
}
