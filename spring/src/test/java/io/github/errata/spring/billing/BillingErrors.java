package io.github.errata.spring.billing;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;
import java.util.UUID;

/**
 * Errors of a small billing API: errata-spring's own catalog, compiled by the processor in this
 * module's test build, so that the build proves the chain from catalog to Spring and back. Its
 * arguments are of every kind but String, which the sample's catalog covers.
 */
@ErrorCatalog(docs = "https://errata.example/billing/errors")
public interface BillingErrors {

  /**
   * No invoice has that number.
   *
   * @param invoice the invoice number asked for
   */
  @ApiError(status = 404, title = "Invoice not found.", detail = "No invoice numbered {invoice}.")
  void invoiceNotFound(long invoice);

  /**
   * The invoice has been paid already; paying it again would charge twice.
   *
   * @param invoice the invoice number
   * @param method how it was paid
   * @param payment the payment that settled it
   */
  @ApiError(status = 409, title = "Invoice already paid.",
      detail = "Invoice {invoice} was paid by {method} in payment {payment}.")
  void invoiceAlreadyPaid(long invoice, PaymentMethod method, UUID payment);

  /**
   * The amount is more than one payment may carry.
   *
   * @param cents the amount asked for, in cents
   * @param limitCents the most one payment may carry, in cents
   * @param partial whether a partial payment was asked for
   * @param rate the exchange rate applied
   */
  @ApiError(status = 422, title = "Amount out of range.",
      detail = "Amount {cents} is over the limit of {limitCents} (partial: {partial}, rate {rate}).")
  void amountOutOfRange(int cents, int limitCents, boolean partial, double rate);

  /** The payment provider cannot be reached; the same request may succeed later. */
  @ApiError(status = 503, title = "Payments unavailable.",
      detail = "The payment provider cannot be reached.", retryable = true)
  void paymentsUnavailable();
}
