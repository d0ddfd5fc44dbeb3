package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the payments API, where one error's exception takes the base class's name. */
@ErrorCatalog(docs = "https://payments.example.com/errors", name = "Payment")
public interface ExceptionNameCollision {

  /** The card issuer declined the payment. */
  @ApiError(status = 402, title = "Payment declined.", detail = "Declined by the issuer: {reason}")
  void payment(String reason); // expect: errata.name-collision

  /** No payment has the ID that was asked for. */
  @ApiError(status = 404, title = "Payment not found.", detail = "No payment with ID '{id}'")
  void paymentNotFound(String id);
}
