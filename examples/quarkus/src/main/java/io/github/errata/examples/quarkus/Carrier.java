package io.github.errata.examples.quarkus;

/** The carriers a parcel can travel with: an enum argument of a catalog error, written by name. */
public enum Carrier {
  /** The national post. */
  POST,
  /** A courier. */
  COURIER
}
