package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code InternalServerErrorException}: 500 INTERNAL_SERVER_ERROR. */
public final class InternalServerErrorException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("INTERNAL_SERVER_ERROR", 500, "Oops! Something went wrong.", true, "An internal server error has occurred.");

  /** Creates the error, to throw. */
  public InternalServerErrorException() {
    super(SPEC, new Object[] {});
  }

  /** Creates the error with a cause, kept on the server and never sent. */
  public InternalServerErrorException(Throwable cause) {
    super(SPEC, new Object[] {}, cause);
  }

  InternalServerErrorException(Received received) {
    super(SPEC, received);
  }
}
