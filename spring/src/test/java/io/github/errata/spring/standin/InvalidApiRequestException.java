package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code InvalidApiRequestException}: 400 INVALID_API_REQUEST. */
public final class InvalidApiRequestException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("INVALID_API_REQUEST", 400, "Invalid JSON.", false, "{problem}");

  /** Creates the error, to throw. */
  public InvalidApiRequestException(String problem) {
    super(SPEC, new Object[] {problem});
  }

  InvalidApiRequestException(Received received) {
    super(SPEC, received);
  }

  /** The argument {@code problem}; null where a received body did not carry it. */
  public String problem() {
    return (String) argument(0);
  }
}
