package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the payments API, where one error's exception takes the unknown one's name. */
@ErrorCatalog(docs = "https://payments.example.com/errors", name = "Payment")
public interface UnknownExceptionCollision {

  /** The payment method is not one the API knows. */
  @ApiError(status = 400, title = "Unknown payment method.", detail = "No payment method '{method}'")
  void unknownPayment(String method); // expect: errata.name-collision
}
