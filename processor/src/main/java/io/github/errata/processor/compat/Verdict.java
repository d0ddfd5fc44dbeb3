package io.github.errata.processor.compat;

/** What a finding means for the build. */
public enum Verdict {
  /** A change that breaks deployed clients: an error unless acknowledged. */
  BREAK,
  /** A change worth a look that breaks nothing by itself: a warning. */
  WARNING,
  /** A change that deployed clients cannot notice: nothing to report. */
  SAFE,
  /**
   * Not a change but a problem with the acknowledgements or the command (a blank reason, a stale
   * acknowledgement, {@code accept} without a reason): an error that cannot be acknowledged.
   */
  ERROR
}
