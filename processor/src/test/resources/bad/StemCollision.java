package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the orders API. */
@ErrorCatalog(docs = "https://orders.example.com/errors")
public interface StemCollision {

  /** Errors of the order API, declared twice under the same stem. */
  @ErrorCatalog(docs = "https://orders.example.com/errors", name = "Order")
  interface OrderErrors {

    /** No order has the ID that was asked for. */
    @ApiError(status = 404, title = "Order not found.", detail = "No order with ID '{id}'")
    void orderNotFound(String id);
  }

  /** Errors of the order history, whose default stem is also Order. */
  @ErrorCatalog(docs = "https://orders.example.com/history/errors")
  interface OrderCatalog { // expect: errata.name-collision

    /** The order history is being rebuilt. */
    @ApiError(status = 503, title = "History unavailable.")
    void historyUnavailable();
  }
}
