package io.github.errata.jaxrs.shop;

/** A payment provider: an enum argument of the shop's errors. */
public enum Provider {
  /** Card payments. */
  CARDS,
  /** A wallet app. */
  WALLET
}
