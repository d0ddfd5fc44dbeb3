package io.github.errata.jaxrs.shop;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import java.util.UUID;

/**
 * The errors of a shop's API: the catalog the adapter's tests throw and decode, compiled by the
 * processor in this module's build, so the build proves the whole chain.
 */
@ErrorCatalog(docs = "https://docs.example.com/shop-errors")
public interface ShopErrors {

  /**
   * No order has that ID.
   *
   * @param orderId the order asked for
   */
  @ApiError(status = 404, title = "Order not found.", detail = "No order with ID '{orderId}'.")
  void orderNotFound(UUID orderId);

  /**
   * Fewer items are in stock than were asked for.
   *
   * @param sku the item
   * @param available how many are left
   */
  @ApiError(status = 409, title = "Out of stock.", detail = "Item {sku} has only {available} left.")
  void outOfStock(String sku, int available);

  /** Too many requests from this client; it may retry later. */
  @ApiError(status = 429, title = "Too Many Requests.",
      detail = "Request rate limit exceeded. Try again later.", retryable = true)
  void tooManyRequests();

  /**
   * A payment provider is not answering; the client may retry later.
   *
   * @param provider the provider
   */
  @ApiError(status = 503, title = "Payment provider down.",
      detail = "The {provider} payment provider is not answering.", retryable = true)
  void paymentProviderDown(Provider provider);
}
