package io.github.errata.runtime.internal;

import java.util.List;

/** The slow, plainly right count of a detail's readings, for the fuzz targets. */
final class DetailTemplateTestAccess {
  private DetailTemplateTestAccess() {}

  /** How many ways a detail fits a template: 0, 1, or 2 meaning more than one. */
  static int readings(DetailTemplate template, String detail) {
    List<String> literals = template.literals();
    if (literals.size() == 1) {
      return detail.equals(literals.get(0)) ? 1 : 0;
    }
    return detail.startsWith(literals.get(0))
        ? count(detail, literals, 1, literals.get(0).length()) : 0;
  }

  private static int count(String text, List<String> literals, int next, int from) {
    String literal = literals.get(next);
    if (next == literals.size() - 1) {
      int at = text.length() - literal.length();
      return at >= from && text.endsWith(literal) ? 1 : 0;
    }
    int found = 0;
    for (int at = from; at + literal.length() <= text.length() && found < 2; at++) {
      if (text.startsWith(literal, at)) {
        found += count(text, literals, next + 1, at + literal.length());
      }
    }
    return Math.min(found, 2);
  }
}
