package test;

import io.github.errata.ApiError;

/** Errors of the billing API, whose author forgot @ErrorCatalog: nothing would be generated. */
public interface ApiErrorWithoutCatalog {

  /** The invoice does not exist. */
  @ApiError(status = 404, title = "Invoice not found.", detail = "No invoice {id}.")
  void invoiceNotFound(String id); // expect: errata.no-catalog
}
