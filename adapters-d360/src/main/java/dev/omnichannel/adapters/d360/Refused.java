package dev.omnichannel.adapters.d360;

/** 360dialog answered with a refusal that sending again would not change. */
final class Refused extends RuntimeException {

  private final D360Errors.Refusal refusal;

  Refused(D360Errors.Refusal refusal) {
    super(refusal.reason(), null, false, false);
    this.refusal = refusal;
  }

  D360Errors.Refusal refusal() {
    return refusal;
  }
}
