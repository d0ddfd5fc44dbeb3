package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code BatchAbortedException}: 424 BATCH_ABORTED. */
public final class BatchAbortedException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("BATCH_ABORTED", 424, "Batch processing aborted due to error.", false, "Skipping this operation because a previous operation in this batch failed.");

  /** Creates the error, to throw. */
  public BatchAbortedException() {
    super(SPEC, new Object[] {});
  }

  BatchAbortedException(Received received) {
    super(SPEC, received);
  }
}
