package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors of the billing API, where one error was given a body by mistake. */
@ErrorCatalog(docs = "https://billing.example.com/errors")
public interface ApiErrorOnDefaultMethod {

  /** The invoice does not exist. */
  @ApiError(status = 404, title = "Invoice not found.", detail = "No invoice {id}.")
  void invoiceNotFound(String id);

  /** The invoice was already paid. */
  @ApiError(status = 409, title = "Invoice paid.") // expect: errata.not-abstract
  default void invoicePaid() {}
}
