package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the orders API, inheriting the errors every API shares. */
@ErrorCatalog(docs = "https://orders.example.com/errors")
public interface CatalogExtendsInterface extends CommonErrors { // expect: errata.catalog-extends

  /** No order has the ID that was asked for. */
  @ApiError(status = 404, title = "Order not found.", detail = "No order with ID '{id}'")
  void orderNotFound(String id);
}

/** Errors that every API of the company returns. */
interface CommonErrors {

  /** Something went wrong on the server. */
  @ApiError(status = 500, title = "Oops! Something went wrong.", retryable = true)
  void internalServerError(); // expect: errata.no-catalog
}
