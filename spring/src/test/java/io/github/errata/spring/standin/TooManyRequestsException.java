package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code TooManyRequestsException}: 429 TOO_MANY_REQUESTS. */
public final class TooManyRequestsException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("TOO_MANY_REQUESTS", 429, "Too Many Requests.", true, "Request rate limit exceeded for this account. Try again later.");

  /** Creates the error, to throw. */
  public TooManyRequestsException() {
    super(SPEC, new Object[] {});
  }

  TooManyRequestsException(Received received) {
    super(SPEC, received);
  }
}
