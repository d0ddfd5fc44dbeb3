package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the invoices API, with a helper mistaken for an error. */
@ErrorCatalog(docs = "https://invoices.example.com/errors")
public interface ApiErrorOnStaticMethod {

  /** No invoice has the number that was asked for. */
  @ApiError(status = 404, title = "Invoice not found.", detail = "No invoice {number}")
  void invoiceNotFound(String number);

  /**
   * A static helper, annotated by mistake.
   *
   * @return nothing useful
   */
  @ApiError(status = 409, title = "Invoice paid.") // expect: errata.not-abstract
  static String invoicePaid() {
    return "paid";
  }
}
