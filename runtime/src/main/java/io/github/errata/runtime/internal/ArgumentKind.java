package io.github.errata.runtime.internal;

import java.util.Collection;

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
  ENUM;

  /**
   * Whether a client reads {@code text} back as a value of this kind: the decoder's own rule, which
   * the processor also applies to a catalog's example values so that a documented example is one a
   * client would decode. The text {@code null} reads back as null, for every kind but a String.
   *
   * @param text an argument's text, as a detail carries it
   * @param constants the names of an enum parameter's constants; ignored for other kinds
   * @return whether the text reads back as a value (or null) that writes the same text
   */
  public boolean readsBack(String text, Collection<String> constants) {
    if (this == ENUM && !text.equals("null")) {
      return constants.contains(text);
    }
    return Arguments.parse(this, null, text) != Arguments.UNREADABLE;
  }
}
