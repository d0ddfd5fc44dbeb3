package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import io.github.errata.StackTrace;
import java.util.UUID;

/** Errors of a payments API: one of each argument type, and the catalog options that change code. */
@ErrorCatalog(docs = "https://api.example.com/docs/errors", stackTraces = StackTrace.BY_STATUS)
public interface PaymentErrors {

  /** The card was declined by its issuer. */
  @ApiError(status = 402, title = "Card declined.", detail = "Card ending {last4} was declined: {reason}.",
      example = {"4242", "EXPIRED"})
  void cardDeclined(String last4, Currency reason);

  /**
   * The amount is over the account's limit.
   *
   * @param amount the amount asked for, in cents
   * @param limit the account's limit, in cents
   */
  @ApiError(status = 422, title = "Over limit.", detail = "Amount {amount} is over the limit of {limit}.")
  void overLimit(long amount, Integer limit);

  /** The payment does not exist. */
  @ApiError(status = 404, title = "Payment not found.", detail = "No payment {id}.",
      see = "https://api.example.com/payments#missing", stackTrace = StackTrace.ALWAYS)
  void paymentNotFound(UUID id);

  /** A rate was out of range. */
  @ApiError(status = 400, type = "RATE_OUT_OF_RANGE", title = "Rate out of range.",
      detail = "Rate {rate} (strict: {strict}) is not allowed; {{see the docs}}.",
      example = {"0.25", "true"})
  void badRate(double rate, boolean strict);

  /** The ledger is down; try again soon. */
  @ApiError(status = 503, title = "Ledger unavailable.", retryable = true, stackTrace = StackTrace.NEVER)
  void ledgerUnavailable();

  /** Not an error: default methods are left alone. */
  default String describe() {
    return "payments";
  }

  /** A constant, left alone too. */
  String VERSION = "1";

  /** Why a card can be declined, written into details by name. */
  enum Currency {
    INSUFFICIENT_FUNDS,
    EXPIRED,
    STOLEN
  }
}
