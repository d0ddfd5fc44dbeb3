package io.github.errata.processor.internal.model;

import java.util.List;

/**
 * A parsed detail template: literal text and placeholders, in order. A template without
 * placeholders is a single literal (the title, when the catalog gives no detail).
 *
 * @param segments the pieces, never two literals in a row
 */
public record DetailTemplate(List<Segment> segments) {

  /** One piece of a template. */
  public sealed interface Segment permits Literal, Placeholder {}

  /** Text written as it is. */
  public record Literal(String text) implements Segment {}

  /** A parameter's value, by the parameter's name. */
  public record Placeholder(String name) implements Segment {}

  /** Whether two placeholders follow each other with no text between, so a match can be ambiguous. */
  public boolean hasAdjacentPlaceholders() {
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i) instanceof Placeholder && segments.get(i - 1) instanceof Placeholder) {
        return true;
      }
    }
    return false;
  }

  /** The template in the catalog's syntax: {@code {name}} for a parameter, {@code {{} and {@code }}} for braces. */
  public String source() {
    StringBuilder template = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Literal literal) {
        template.append(literal.text().replace("{", "{{").replace("}", "}}"));
      } else {
        template.append('{').append(((Placeholder) segment).name()).append('}');
      }
    }
    return template.toString();
  }
}
