package io.github.errata.benchmarks.report;

import java.util.Locale;

/** How the report writes numbers: enough digits to compare, no more. */
final class Format {

  private Format() {}

  /** A time or a size: one decimal below 100, whole numbers with separators above. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Math.abs(value) < 100) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A figure over another, as {@code 1.35×}. */
  static String ratio(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, value < 10 ? "%.2f×" : "%.1f×", value);
  }

  /** A count, as {@code 5,000}. */
  static String count(int value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
