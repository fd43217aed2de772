package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClaimWakeupTest {

  private static final Duration NOW = Duration.ofMillis(1);
  private static final Duration LONG = Duration.ofMinutes(1);

  private final ClaimWakeup wakeup = new ClaimWakeup();

  @Test
  void aWorkerStartsByLookingAndAWaitThatTimesOutIsALook() throws Exception {
    ClaimWakeup.Wake first = wakeup.start();

    assertThat(first.look()).isTrue();
    assertThat(wakeup.await(first, NOW).look()).as("the poll").isTrue();
  }

  @Test
  void eachDueDeliveryIsOneClaimAndNoneIsLostWhileNobodyWaits() throws Exception {
    ClaimWakeup.Wake last = wakeup.start();
    wakeup.permit(2);
    wakeup.permit(0);

    ClaimWakeup.Wake one = wakeup.await(last, LONG);
    ClaimWakeup.Wake two = wakeup.await(one, LONG);

    assertThat(one.look()).isFalse();
    assertThat(two.look()).isFalse();
    assertThat(wakeup.await(two, NOW).look()).as("no third claim: the poll's look").isTrue();
  }

  @Test
  void aLookWakesEveryWorkerOnceAndIsNotSeenAgain() throws Exception {
    ClaimWakeup.Wake a = wakeup.start();
    ClaimWakeup.Wake b = wakeup.start();
    wakeup.look();

    ClaimWakeup.Wake aWoken = wakeup.await(a, LONG);
    ClaimWakeup.Wake bWoken = wakeup.await(b, LONG);
    wakeup.permit(1);

    assertThat(aWoken.look()).isTrue();
    assertThat(bWoken.look()).isTrue();
    assertThat(wakeup.await(aWoken, LONG).look()).as("the permit, not the old look").isFalse();
  }

  @Test
  void aPermitWakesAWaitingWorker() throws Exception {
    ClaimWakeup.Wake last = wakeup.start();
    CompletableFuture<ClaimWakeup.Wake> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return wakeup.await(last, LONG);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    wakeup.permit(1);

    assertThat(waiting.get(10, TimeUnit.SECONDS).look()).isFalse();
  }
}
