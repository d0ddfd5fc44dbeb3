package io.github.errata.spring.billing;

/** How an invoice was paid: an enum argument of {@link BillingErrors}, written by name. */
public enum PaymentMethod {
  /** By card. */
  CARD,
  /** By bank transfer. */
  TRANSFER
}
