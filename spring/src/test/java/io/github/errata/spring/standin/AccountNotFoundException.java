package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code AccountNotFoundException}: 404 ACCOUNT_NOT_FOUND. */
public final class AccountNotFoundException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("ACCOUNT_NOT_FOUND", 404, "Account not found.", false, "Could not find account '{accountId}'.");

  /** Creates the error, to throw. */
  public AccountNotFoundException(String accountId) {
    super(SPEC, new Object[] {accountId});
  }

  AccountNotFoundException(Received received) {
    super(SPEC, received);
  }

  /** The argument {@code accountId}; null where a received body did not carry it. */
  public String accountId() {
    return (String) argument(0);
  }
}
