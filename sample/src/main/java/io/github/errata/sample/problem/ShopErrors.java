package io.github.errata.sample.problem;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import io.github.errata.WireFormat;
import java.util.UUID;

/**
 * Errors of a small shop API, sent as RFC 9457 problem details ({@code application/problem+json}):
 * the same processor as the seed's catalog, the other wire format. Each error's {@code type} is its
 * link, and each typed argument is a member of the body of its own JSON type.
 */
@ErrorCatalog(docs = "https://shop.example.com/problems", wire = WireFormat.PROBLEM_JSON)
public interface ShopErrors {

  /**
   * Fewer items are in stock than were ordered.
   *
   * @param sku the item
   * @param left how many are left
   * @param backorder whether the item can be ordered anyway, to ship later
   */
  @ApiError(status = 409, title = "Out of stock.",
      detail = "Only {left} of {sku} left (backorder: {backorder}).",
      example = {"MUG-01", "2", "true"})
  void outOfStock(String sku, int left, boolean backorder);

  /**
   * No order has this ID.
   *
   * @param orderId the ID asked for
   */
  @ApiError(status = 404, title = "Order not found.", detail = "No order {orderId}.")
  void orderNotFound(UUID orderId);

  /**
   * The payment was refused.
   *
   * @param method how the customer paid
   * @param amountCents the amount, in cents
   * @param risk the fraud check's score, from 0 to 1
   */
  @ApiError(status = 402, title = "Payment refused.",
      detail = "The {method} payment of {amountCents} cents was refused (risk {risk}).",
      example = {"CARD", "1999", "0.93"})
  void paymentRefused(PaymentMethod method, long amountCents, double risk);

  /** The shop is closed for maintenance. Retry in a few minutes. */
  @ApiError(status = 503, title = "Shop closed.", retryable = true)
  void shopClosed();

  /** How a customer pays. */
  enum PaymentMethod {
    /** A debit or credit card. */
    CARD,
    /** A bank transfer. */
    TRANSFER
  }
}
