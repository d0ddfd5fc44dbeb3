package io.github.errata.runtime.internal;

/**
 * The kinds of value an error argument can be. Each is written into a detail by its string form
 * ({@code String.valueOf}, an enum by its name) and read back only where that reading writes the
 * same text again.
 */
public enum ArgumentKind {
  /** A {@code String}, written and read as it is. */
  STRING,
  /** An {@code int} or {@code Integer}. */
  INT,
  /** A {@code long} or {@code Long}. */
  LONG,
  /** A {@code boolean} or {@code Boolean}: {@code true} or {@code false}. */
  BOOLEAN,
  /** A {@code double} or {@code Double}, as {@link Double#toString(double)} writes it. */
  DOUBLE,
  /** A {@code java.util.UUID}, in its canonical lower-case form. */
  UUID,
  /** An enum constant, by its name. */
  ENUM
}
