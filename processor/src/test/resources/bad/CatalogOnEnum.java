package test;

import io.github.errata.ErrorCatalog;

/** Errors returned by the billing API, written as the enum that Errata would generate. */
@ErrorCatalog(docs = "https://billing.example.com/errors") // expect: errata.catalog-kind
public enum CatalogOnEnum {
  INVOICE_NOT_FOUND,
  PAYMENT_DECLINED
}
