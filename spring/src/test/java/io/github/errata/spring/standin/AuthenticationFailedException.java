package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code AuthenticationFailedException}: 401 AUTHENTICATION_FAILED. */
public final class AuthenticationFailedException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("AUTHENTICATION_FAILED", 401, "HTTP Basic: Access denied.", false, "");

  /** Creates the error, to throw. */
  public AuthenticationFailedException() {
    super(SPEC, new Object[] {});
  }

  AuthenticationFailedException(Received received) {
    super(SPEC, received);
  }
}
