package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the billing API, declared as an abstract class instead of an interface. */
@ErrorCatalog(docs = "https://billing.example.com/errors") // expect: errata.catalog-kind
public abstract class CatalogOnClass {

  /** The invoice does not exist, or belongs to another account. */
  @ApiError(status = 404, title = "Invoice not found.", detail = "No invoice with ID '{id}'")
  abstract void invoiceNotFound(String id);
}
