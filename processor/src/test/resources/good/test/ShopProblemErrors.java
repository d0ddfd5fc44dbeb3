package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import io.github.errata.WireFormat;
import java.util.UUID;

/** Errors of a shop API sent as RFC 9457 problem details: one of each argument type. */
@ErrorCatalog(docs = "https://shop.example.com/problems", wire = WireFormat.PROBLEM_JSON)
public interface ShopProblemErrors {

  /**
   * Too few items are in stock.
   *
   * @param sku the item
   * @param wanted how many were asked for
   */
  @ApiError(status = 409, title = "Out of stock.", detail = "Only {left} of {sku} left, {wanted} wanted.",
      example = {"A-1", "5", "2"})
  void outOfStock(String sku, int wanted, long left);

  /** The order does not exist. */
  @ApiError(status = 404, title = "Order not found.", detail = "No order {id}.",
      see = "https://shop.example.com/orders#missing")
  void orderNotFound(UUID id);

  /** The coupon cannot be used with this basket. */
  @ApiError(status = 422, title = "Coupon refused.",
      detail = "Coupon for {tier} customers refused (stackable: {stackable}, discount {discount}).",
      example = {"GOLD", "false", "0.15"})
  void couponRefused(Tier tier, boolean stackable, double discount);

  /** The shop is closed for maintenance. */
  @ApiError(status = 503, title = "Shop closed.", retryable = true)
  void shopClosed();

  /** Customer tiers. */
  enum Tier {
    /** Everyone. */
    BASIC,
    /** Frequent buyers. */
    GOLD
  }
}
