package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code InvalidValueException}: 422 INVALID_VALUE. */
public final class InvalidValueException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("INVALID_VALUE", 422, "Invalid value specified.", false, "Invalid option \"{option}\" for field '{field}'.");

  /** Creates the error, to throw. */
  public InvalidValueException(String option, String field) {
    super(SPEC, new Object[] {option, field});
  }

  InvalidValueException(Received received) {
    super(SPEC, received);
  }

  /** The argument {@code option}; null where a received body did not carry it. */
  public String option() {
    return (String) argument(0);
  }

  /** The argument {@code field}; null where a received body did not carry it. */
  public String field() {
    return (String) argument(1);
  }
}
