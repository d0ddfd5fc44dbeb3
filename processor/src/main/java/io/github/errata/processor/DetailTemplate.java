package io.github.errata.processor;

import java.util.List;

/**
 * A parsed detail template: literal text and placeholders, in order. A template without
 * placeholders is a single literal (the title, when the catalog gives no detail).
 *
 * @param segments the pieces, never two literals in a row
 */
record DetailTemplate(List<Segment> segments) {

  /** One piece of a template. */
  sealed interface Segment permits Literal, Placeholder {}

  /** Text written as it is. */
  record Literal(String text) implements Segment {}

  /** A parameter's value, by the parameter's name. */
  record Placeholder(String name) implements Segment {}

  /** Whether two placeholders follow each other with no text between, so a match can be ambiguous. */
  boolean hasAdjacentPlaceholders() {
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i) instanceof Placeholder && segments.get(i - 1) instanceof Placeholder) {
        return true;
      }
    }
    return false;
  }
}
